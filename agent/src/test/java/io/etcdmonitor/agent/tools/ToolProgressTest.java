package io.etcdmonitor.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ToolProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now;

  @Test
  void withoutATerminalPrintsALineEveryFiveSeconds() {
    ToolProgress progress = new ToolProgress(err, false, "disk-test", n -> n + " B", () -> now);

    progress.update(10, 100);
    now += 4_000_000_000L;
    progress.update(40, 100);
    now += 1_000_000_000L;
    progress.update(45, 100);
    now += 1_000_000_000L;
    progress.update(60, 100);
    progress.finish(100, 100);

    assertThat(printed()).isEqualTo("disk-test: 45% (45 B / 100 B)\ndisk-test: 100% (100 B / 100 B)\n");
  }

  @Test
  void withoutATerminalAShortJobPrintsNothing() {
    ToolProgress progress = new ToolProgress(err, false, "disk-test", n -> n + " B", () -> now);

    progress.update(50, 100);
    progress.finish(100, 100);

    assertThat(printed()).isEmpty();
  }

  @Test
  void onATerminalRedrawsOneBarInPlaceAndEndsTheLine() {
    ToolProgress progress = new ToolProgress(err, true, "save", n -> n + " B", () -> now);

    now += 200_000_000L;
    progress.update(50, 100);
    progress.update(60, 100);
    progress.finish(100, 100);

    assertThat(printed()).isEqualTo("\rsave [###############---------------]  50% 50 B / 100 B"
        + "\rsave [##############################] 100% 100 B / 100 B\n");
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
