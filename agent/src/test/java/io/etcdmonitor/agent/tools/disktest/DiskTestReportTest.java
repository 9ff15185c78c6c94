package io.etcdmonitor.agent.tools.disktest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiskTestReportTest {
  private static final DiskTestResult FAST = new DiskTestResult(Path.of("/var/lib/etcd"), "ext4 on /dev/vda",
      10_029, 2300, Duration.ofMillis(1_600), new DiskTestResult.Latencies(151_000, 193_000, 263_400, 1_318_000,
          3_334_000));
  private static final DiskTestResult SLOW = new DiskTestResult(Path.of("/mnt/nfs"), "nfs4 on server:/export",
      10_029, 2300, Duration.ofSeconds(120), new DiskTestResult.Latencies(8_000_000, 9_500_000, 10_000_000,
          40_000_000, 90_000_000));

  @Test
  void text() {
    assertThat(DiskTestReport.text(FAST)).isEqualTo("""
        disk-test: /var/lib/etcd (ext4 on /dev/vda)
        workload:  10,029 sequential writes of 2,300 bytes (22.0 MiB), each followed by fdatasync
        fdatasync: p50 0.151 ms  p90 0.193 ms  p99 0.263 ms  p99.9 1.318 ms  max 3.334 ms
        rate:      6,268 writes/s, 13.75 MiB/s, 1.60 s
        verdict:   PASS (fdatasync p99 0.263 ms < 10 ms, etcd's guidance for the WAL disk)
        """);
  }

  @Test
  void p99OfExactlyTenMillisecondsFails() {
    assertThat(SLOW.passed()).isFalse();
    assertThat(DiskTestReport.text(SLOW))
        .contains("verdict:   FAIL (fdatasync p99 10.000 ms >= 10 ms, etcd's guidance for the WAL disk)");
  }

  @Test
  void json() {
    assertThat(DiskTestReport.json(FAST)).isEqualTo("{\"directory\":\"/var/lib/etcd\",\"fileSystem\":\"ext4 on "
        + "/dev/vda\",\"writes\":10029,\"blockSize\":2300,\"bytes\":23066700,\"elapsedSeconds\":1.6,"
        + "\"writesPerSecond\":6268.1,\"fdatasyncMicros\":{\"p50\":151,\"p90\":193,\"p99\":263,\"p999\":1318,"
        + "\"max\":3334},\"thresholdMicros\":10000,\"verdict\":\"PASS\"}\n");
  }
}
