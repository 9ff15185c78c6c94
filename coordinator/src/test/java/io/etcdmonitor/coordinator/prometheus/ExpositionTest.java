package io.etcdmonitor.coordinator.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.http.Views;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpositionTest {
  private final String text = new Exposition(Exposition.registryWithJvmMetrics()).render(
      Views.healthyWithTelemetry().withPartitions(List.of(Views.isolated())), Views.etcd3Isolated());

  @Test
  void exposesMemberHealthSizesProposalsAndLatencyInBaseUnits() {
    assertThat(text)
        .contains("etcd_monitor_cluster_healthy 1.0")
        .contains("etcd_monitor_member_is_leader{member=\"etcd1\",} 1.0")
        .contains("etcd_monitor_db_size_bytes{member=\"etcd2\",} 20480.0")
        .contains("etcd_monitor_db_quota_used_ratio{member=\"etcd1\",} 9.5367431640625E-6")
        .contains("etcd_monitor_proposals_committed_total{member=\"etcd3\",} 15234.0")
        .contains("etcd_monitor_wal_fsync_p99_seconds{member=\"etcd1\",} 0.0081")
        .contains("etcd_monitor_write_latency_seconds{percentile=\"99\",} 0.0082")
        .contains("etcd_monitor_probe_duration_seconds_bucket{member=\"etcd1\",le=\"0.001\",} 250.0")
        .contains("etcd_monitor_probe_duration_seconds_bucket{member=\"etcd1\",le=\"+Inf\",} 300.0")
        .contains("etcd_monitor_probes_total{member=\"etcd1\",result=\"failure\",} 2.0")
        .contains("etcd_monitor_alarm_active{member=\"etcd1\",type=\"NOSPACE\",} 1.0")
        .contains("etcd_monitor_leader_changes_total 2.0")
        .contains("jvm_memory_bytes_used");
  }

  @Test
  void aFigureNoMemberExportsIsAbsentNotZero() {
    String bare = new Exposition(Exposition.registryWithJvmMetrics()).render(Views.healthy(), Views.noNetwork());

    assertThat(bare).contains("# TYPE etcd_monitor_watchers gauge").doesNotContain("etcd_monitor_watchers{");
  }

  @Test
  void everyFreshCellIsASampleAndASilentVantageExportsNothing() {
    assertThat(text)
        .contains("etcd_monitor_member_reachable{vantage=\"a\",member=\"etcd1\",} 1.0")
        .contains("etcd_monitor_member_reachable{vantage=\"a\",member=\"etcd3\",} 0.0")
        .contains("etcd_monitor_probe_latency_seconds{vantage=\"a\",member=\"etcd2\",} 0.0025")
        .doesNotContain("etcd_monitor_probe_latency_seconds{vantage=\"a\",member=\"etcd3\"")
        .doesNotContain("vantage=\"b\"");
  }

  @Test
  void everyVerdictKindIsExportedAndTheActiveOnesCount() {
    assertThat(text)
        .contains("etcd_monitor_partition_active{kind=\"member_isolated\",} 1.0")
        .contains("etcd_monitor_partition_active{kind=\"member_down\",} 0.0")
        .contains("etcd_monitor_partition_active{kind=\"split_leader_view\",} 0.0");
  }

  @Test
  void promtoolFindsNothingToComplainAbout() throws Exception {
    Promtool.assertCleanMetrics(text);
  }

  @Test
  void theShippedScrapeConfigIsValid() throws Exception {
    Promtool.assertValidConfig("../deploy/prometheus/prometheus.yml");
  }
}
