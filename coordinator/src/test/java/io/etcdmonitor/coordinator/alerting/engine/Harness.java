package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.config.AlertRuleCatalog;
import io.etcdmonitor.config.AlertRuleSettings;
import io.etcdmonitor.config.AlertThresholds;
import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.rules.AlertInput;
import io.etcdmonitor.coordinator.alerting.rules.PartitionSignal;
import io.etcdmonitor.coordinator.alerting.rules.Rules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Drives an engine over a {@link Scenario} every 250 ms, as the aggregator pushes views, recording what is sent. */
final class Harness {
  static final AlertThresholds SEED = new AlertThresholds(100, 8192, 2, 3, 0.05, 10.0);

  /** A notification and when it was produced. */
  record Sent(Instant at, Notification notification) {
    boolean has(String alertname, Alert.Status status) {
      return notification.alerts().stream().anyMatch(a -> a.name().equals(alertname) && a.status() == status);
    }
  }

  final Scenario cluster;
  final List<Sent> sent = new ArrayList<>();
  final NotificationLog log;
  final Silences silences;
  AlertEngine engine;
  List<PartitionSignal> partitions = List.of();

  Harness(Scenario cluster) {
    this(cluster, Map.of(), new NotificationLog(List.of()), new Silences(List.of()));
  }

  Harness(Scenario cluster, Map<String, AlertRuleSettings> overrides, NotificationLog log, Silences silences) {
    this.cluster = cluster;
    this.log = log;
    this.silences = silences;
    Map<String, EffectiveRule> settings = AlertRuleCatalog.resolve(SEED, overrides);
    this.engine = new AlertEngine(Rules.enabled(settings), settings,
        EngineSettings.defaults("test", Scenario.SCRAPE_EVERY), log, silences);
  }

  /** Evaluates now, then every 250 ms for {@code duration}. */
  Harness run(Duration duration) {
    evaluate();
    Duration left = duration;
    while (!left.isZero()) {
      Duration step = left.compareTo(Duration.ofMillis(250)) < 0 ? left : Duration.ofMillis(250);
      cluster.advance(step);
      left = left.minus(step);
      evaluate();
    }
    return this;
  }

  private void evaluate() {
    AlertEngine.Outcome outcome = engine.evaluate(new AlertInput(cluster.view(), partitions, cluster.now));
    outcome.notifications().forEach(n -> sent.add(new Sent(cluster.now, n)));
  }

  List<Sent> sentSince(Instant since) {
    return sent.stream().filter(s -> !s.at().isBefore(since)).toList();
  }

  /** The first notification with {@code alertname} in {@code status} sent at or after {@code since}, if any. */
  Sent first(String alertname, Alert.Status status, Instant since) {
    return sentSince(since).stream().filter(s -> s.has(alertname, status)).findFirst().orElse(null);
  }

  List<String> namesSent(Predicate<Alert> which) {
    return sent.stream().flatMap(s -> s.notification().alerts().stream()).filter(which).map(Alert::name)
        .distinct().toList();
  }

  List<ActiveAlert> active() {
    return engine.active(cluster.now);
  }

  ActiveAlert active(String name) {
    return active().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
  }
}
