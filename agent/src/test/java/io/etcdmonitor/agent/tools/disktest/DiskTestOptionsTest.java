package io.etcdmonitor.agent.tools.disktest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiskTestOptionsTest {
  @ParameterizedTest
  @CsvSource({"2300, 2300", "22m, 23068672", "22M, 23068672", "22MiB, 23068672", "1k, 1024", "4KB, 4096",
      "1g, 1073741824", " 512 , 512"})
  void parsesSizesLikeFio(String text, long bytes) {
    assertThat(DiskTestOptions.parseSize(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "m", "abc", "0", "-5", "1.5m", "22x", "99999999999g"})
  void rejectsWhatIsNotAPositiveSize(String text) {
    assertThatThrownBy(() -> DiskTestOptions.parseSize(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void defaultsAreEtcdsFioJob() {
    DiskTestOptions options = DiskTestOptions.defaults(Path.of("/var/lib/etcd"));

    assertThat(options.sizeBytes()).isEqualTo(22L * 1024 * 1024);
    assertThat(options.blockSize()).isEqualTo(2300);
    assertThat(options.writes()).isEqualTo(10_029);
  }
}
