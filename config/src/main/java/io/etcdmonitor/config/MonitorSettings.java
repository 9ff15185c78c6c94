package io.etcdmonitor.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of one etcd-monitor process, validated and typed. Built only by {@link ConfigLoader}, which
 * layers defaults, the YAML file, environment variables and flags, in that order of precedence.
 *
 * @param alerts the configured channels, possibly empty (the runtime then adds a console channel)
 * @param alertRules the {@code alert_rules:} entries as written, by rule name; see {@link #effectiveAlertRules()}
 * @param dataDir absolute; it may not exist yet
 */
public record MonitorSettings(
    EtcdSettings etcd,
    ProbeSettings probe,
    ApiSettings api,
    AlertThresholds alertThresholds,
    List<ChannelSettings> alerts,
    Map<String, AlertRuleSettings> alertRules,
    BenchmarkSettings benchmark,
    ClusterSettings cluster,
    LogSettings log,
    Path dataDir) {
  public MonitorSettings {
    alerts = List.copyOf(alerts);
    alertRules = Collections.unmodifiableMap(new LinkedHashMap<>(alertRules));
  }

  /** Every alert rule with the settings the engine applies: defaults, then alert_thresholds, then alert_rules. */
  public Map<String, EffectiveRule> effectiveAlertRules() {
    return AlertRuleCatalog.resolve(alertThresholds, alertRules);
  }
}
