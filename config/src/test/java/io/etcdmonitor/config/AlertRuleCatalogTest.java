package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertRuleCatalogTest {
  @TempDir Path dir;

  private MonitorSettings load(String yaml) throws Exception {
    Path file = Files.writeString(dir.resolve("c.yaml"), yaml);
    return ConfigLoader.load(Map.of("config", file.toString()), Map.of());
  }

  @Test
  void seedThresholdsBecomeTheRulesLevels() throws Exception {
    Map<String, EffectiveRule> rules = load("""
        alert_thresholds:
          max_latency_ms: 250
          max_database_size_mb: 4096
          min_available_nodes: 3
          max_leader_changes_per_hour: 5
          max_error_rate: 0.02
          min_disk_space_percent: 15
        """).effectiveAlertRules();

    assertThat(rules.get("etcdHighRequestLatency").warning()).isEqualTo(250.0);
    assertThat(rules.get("etcdHighDatabaseSize").warning()).isEqualTo(4096.0);
    assertThat(rules.get("etcdInsufficientMembers").warning()).isEqualTo(3.0);
    assertThat(rules.get("etcdHighNumberOfLeaderChanges").warning()).isEqualTo(5.0);
    assertThat(rules.get("etcdHighNumberOfFailedGRPCRequests").warning()).isEqualTo(0.02);
    assertThat(rules.get("etcdDatabaseQuotaLowSpace").critical()).isEqualTo(85.0);
    assertThat(rules.get("etcdDatabaseQuotaLowSpace").warning()).isEqualTo(80.0);
  }

  @Test
  void anEntryOverridesOnlyWhatItSets() throws Exception {
    MonitorSettings s = load("""
        alert_thresholds:
          max_latency_ms: 250
        alert_rules:
          etcdHighRequestLatency:
            warning: 50
            critical: 500
          etcdHighFsyncDurations:
            for: 0s
          etcdNoLeader:
            enabled: false
        """);
    Map<String, EffectiveRule> rules = s.effectiveAlertRules();

    assertThat(rules.get("etcdHighRequestLatency")).isEqualTo(
        new EffectiveRule("etcdHighRequestLatency", true, Duration.ofMinutes(10), 50.0, 500.0));
    assertThat(rules.get("etcdHighFsyncDurations")).isEqualTo(
        new EffectiveRule("etcdHighFsyncDurations", true, Duration.ZERO, 10.0, 100.0));
    assertThat(rules.get("etcdNoLeader").enabled()).isFalse();
    assertThat(rules.get("etcdNoLeader").forDuration()).isEqualTo(Duration.ofSeconds(3));
    assertThat(rules).hasSize(AlertRuleCatalog.specs().size());
  }

  @Test
  void aSeedThresholdThatOvertakesADefaultWarningLeavesOnlyTheCriticalLevel() throws Exception {
    EffectiveRule quota = load("alert_thresholds:\n  min_disk_space_percent: 30\n").effectiveAlertRules()
        .get("etcdDatabaseQuotaLowSpace");

    assertThat(quota.critical()).isEqualTo(70.0);
    assertThat(quota.warning()).isNull();
  }

  @Test
  void entriesRenderAndLoadBackAndShowOnTheStartupLine() throws Exception {
    MonitorSettings s = load("""
        alert_rules:
          etcdNoLeader:
            enabled: false
            for: 10s
          etcdHighMemoryUsage:
            critical: 16384
        """);
    Path rendered = Files.writeString(dir.resolve("r.yaml"), SettingsRenderer.yaml(s));

    assertThat(SettingsRenderer.yaml(s)).contains("""
        alert_rules:
          etcdNoLeader:
            enabled: false
            for: 10s
          etcdHighMemoryUsage:
            critical: 16384.0
        """);
    assertThat(ConfigLoader.load(Map.of("config", rendered.toString()), Map.of())).isEqualTo(s);
    assertThat(SettingsRenderer.oneLine(s))
        .endsWith(" alert_rules=etcdNoLeader(enabled=false,for=10s),etcdHighMemoryUsage(critical=16384.0)");
  }
}
