package io.etcdmonitor.coordinator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.etcdmonitor.config.ConfigLoader;
import io.etcdmonitor.config.MonitorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneStartTest {
  @TempDir Path dir;

  @Test
  void aDataDirThatCannotBeUsedStopsTheStartWithOneClearLine() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    MonitorSettings settings = ConfigLoader.load(Map.of("data-dir", file.resolve("data").toString()), Map.of());

    Node.StartException e = catchThrowableOfType(Node.StartException.class,
        () -> Standalone.start(settings));

    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.getMessage()).isEqualTo("data_dir " + file.resolve("data") + ": cannot create "
        + file.resolve("data").resolve("alerting") + ": Not a directory");
  }
}
