package io.etcdmonitor.coordinator.prometheus;

import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.engine.ActiveAlert;
import io.etcdmonitor.coordinator.alerting.engine.AlertPhase;
import io.etcdmonitor.coordinator.alerting.rules.Rule;
import io.prometheus.client.Collector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code etcd_monitor_alerts_active{alertname,severity}}: how many alerts of each rule and severity fire now,
 * pending ones not counted, silenced and inhibited ones counted. Every enabled rule's series exists at zero, so
 * a dashboard can tell "none" from "not evaluated". Read at scrape time from the snapshot the evaluator last
 * published.
 */
public final class ActiveAlertsCollector extends Collector implements Consumer<List<ActiveAlert>> {
  static final String NAME = "etcd_monitor_alerts_active";

  private final Map<String, List<Alert.Severity>> series = new LinkedHashMap<>();
  private final AtomicReference<List<ActiveAlert>> latest = new AtomicReference<>(List.of());

  public ActiveAlertsCollector(List<Rule> enabled) {
    enabled.forEach(rule -> series.put(rule.name(), rule.severities()));
  }

  @Override
  public void accept(List<ActiveAlert> alerts) {
    latest.set(List.copyOf(alerts));
  }

  @Override
  public List<MetricFamilySamples> collect() {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    series.forEach((name, severities) -> severities.forEach(s -> counts.put(List.of(name, s.label()), 0)));
    for (ActiveAlert a : latest.get()) {
      if (a.phase() == AlertPhase.FIRING) {
        counts.merge(List.of(a.name(), a.severity().label()), 1, Integer::sum);
      }
    }
    List<MetricFamilySamples.Sample> samples = new ArrayList<>();
    List<String> labels = List.of("alertname", "severity");
    counts.forEach((values, count) -> samples.add(new MetricFamilySamples.Sample(NAME, labels, values, count)));
    return List.of(new MetricFamilySamples(NAME, Type.GAUGE,
        "Alerts firing now, by rule and severity; silenced and inhibited ones included", samples));
  }
}
