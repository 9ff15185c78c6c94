package io.etcdmonitor.agent.tools.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sizes print as etcdctl's go-humanize prints them; the fixtures pin 20 kB, 74 kB and 106 kB against etcdctl. */
class HumanBytesTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0 B",
    "9, 9 B",
    "10, 10 B",
    "999, 999 B",
    "1000, 1.0 kB",
    "20480, 20 kB",
    "21504, 22 kB",
    "2101248, 2.1 MB",
    "999999, 1000 kB",
    "536870912, 537 MB",
    "8589934592, 8.6 GB"
  })
  void matchesGoHumanize(long bytes, String expected) {
    assertThat(HumanBytes.si(bytes)).isEqualTo(expected);
  }
}
