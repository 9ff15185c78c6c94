package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.etcdmonitor.agent.tools.benchmark.BenchmarkProgress.Phase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void aBarShowsHowFarAndHowFast() {
    BenchmarkProgress p = new BenchmarkProgress(Phase.RUNNING, 5_000, 0, 10_000, Duration.ofSeconds(2), Duration.ZERO);

    assertThat(ProgressLine.bar(p))
        .isEqualTo("running [###############...............]  50% 5000/10000 ops, 2.0s, 2500 ops/s");
  }

  @Test
  void aTimedRunCountsTimeAndFailuresShow() {
    BenchmarkProgress p = new BenchmarkProgress(Phase.RUNNING, 300, 7, 0, Duration.ofMillis(7_500),
        Duration.ofSeconds(30));

    assertThat(ProgressLine.plain(p))
        .isEqualTo("benchmark: running, 25% (300 ops, 7.5s/30s, 40 ops/s, 7 failed)");
  }

  @Test
  void seedingIsNamed() {
    BenchmarkProgress p = new BenchmarkProgress(Phase.SEEDING, 10, 0, 40, Duration.ofSeconds(1), Duration.ZERO);

    assertThat(ProgressLine.plain(p)).startsWith("benchmark: writing the keys to read, 25% (10/40 ops");
  }

  @Test
  void aTerminalGetsABarRedrawnInPlaceAndAPipeGetsLines() throws Exception {
    CompletableFuture<Object> stuck = new CompletableFuture<>();
    InMemoryEtcd client = new InMemoryEtcd();
    client.holdPuts(stuck);
    RunningBenchmark running = BenchmarkEngine.start(BenchmarkOptionsParser.parse(
        Map.of("ops", "10", "clients", "1", "prefix", "/p/", "request-timeout", "1m", "warmup", "0s")), client);
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    ByteArrayOutputStream pipe = new ByteArrayOutputStream();

    ProgressPrinter bar = ProgressPrinter.start(running, print(terminal), true, Duration.ofMillis(10));
    ProgressPrinter lines = ProgressPrinter.start(running, print(pipe), false, Duration.ofMillis(10));
    try {
      await().atMost(Duration.ofSeconds(5)).until(() -> text(pipe).lines().count() >= 2 && text(terminal).length() > 0);
    } finally {
      bar.close();
      lines.close();
      running.stop();
      stuck.complete("ok");
    }

    assertThat(text(terminal)).startsWith("\rrunning [").contains("\u001b[K").doesNotContain("\n")
        .as("closing clears the bar").endsWith("\r\u001b[K");
    assertThat(text(pipe).lines()).allSatisfy(line -> assertThat(line).startsWith("benchmark: running, 0% (0/10 ops"));
    assertThat(text(pipe)).doesNotContain("\r");
  }

  private static PrintStream print(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream out) {
    return out.toString(StandardCharsets.UTF_8);
  }
}
