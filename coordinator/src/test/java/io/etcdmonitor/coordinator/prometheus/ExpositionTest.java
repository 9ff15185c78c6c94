package io.etcdmonitor.coordinator.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.config.AlertRuleCatalog;
import io.etcdmonitor.config.AlertThresholds;
import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.DeliveryMetrics;
import io.etcdmonitor.coordinator.alerting.engine.ActiveAlert;
import io.etcdmonitor.coordinator.alerting.engine.AlertPhase;
import io.etcdmonitor.coordinator.alerting.rules.Rules;
import io.etcdmonitor.coordinator.http.Views;
import io.prometheus.client.CollectorRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExpositionTest {
  private final String text = new Exposition(registryWithAlerting()).render(
      Views.healthyWithTelemetry().withPartitions(List.of(Views.isolated())), Views.etcd3Isolated());

  /** The JVM collectors plus alerting's families, with one delivery and one firing alert recorded. */
  private static CollectorRegistry registryWithAlerting() {
    CollectorRegistry registry = Exposition.registryWithJvmMetrics();
    NotificationMetrics notifications = new NotificationMetrics(registry);
    notifications.register("ops");
    notifications.record("ops", DeliveryMetrics.Result.DELIVERED, Duration.ofMillis(120));
    Map<String, EffectiveRule> rules = AlertRuleCatalog.resolve(new AlertThresholds(100, 8192, 2, 3, 0.05, 10),
        Map.of());
    ActiveAlertsCollector active = new ActiveAlertsCollector(Rules.enabled(rules)).register(registry);
    active.accept(List.of(new ActiveAlert("etcdNoLeader", "0123456789abcdef", AlertPhase.FIRING,
        Alert.Severity.CRITICAL, new TreeMap<>(), new TreeMap<>(), List.of(), Instant.EPOCH, Instant.EPOCH,
        List.of(), List.of())));
    return registry;
  }

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
  void exposesDeliveriesAndActiveAlertsWithEveryRuleAtZero() {
    assertThat(text)
        .contains("etcd_monitor_notifications_total{channel=\"ops\",result=\"delivered\",} 1.0")
        .contains("etcd_monitor_notifications_total{channel=\"ops\",result=\"expired\",} 0.0")
        .contains("etcd_monitor_notification_delivery_seconds_bucket{channel=\"ops\",le=\"0.25\",} 1.0")
        .contains("etcd_monitor_alerts_active{alertname=\"etcdNoLeader\",severity=\"critical\",} 1.0")
        .contains("etcd_monitor_alerts_active{alertname=\"etcdHighFsyncDurations\",severity=\"warning\",} 0.0")
        .contains("etcd_monitor_alerts_active{alertname=\"etcdHighFsyncDurations\",severity=\"critical\",} 0.0");
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
