package io.etcdmonitor.coordinator.alerting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alerts and notifications as the rule engine would raise them. */
public final class Alerts {
  public static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
  public static final String RUNBOOK = "https://runbooks.example.com/etcd/no-leader";

  private Alerts() {}

  public static Alert noLeader(String... members) {
    return Alert.firing("etcdNoLeader", Alert.Severity.CRITICAL, Map.of("cluster", "prod"),
        Map.of(Alert.SUMMARY, "etcd cluster prod has no leader",
            Alert.DESCRIPTION, "No member has reported a leader for 60s.",
            Alert.RUNBOOK, RUNBOOK),
        List.of(members), T0);
  }

  public static Alert highLatency(String member) {
    return Alert.firing("etcdHighLatency", Alert.Severity.WARNING, Map.of("cluster", "prod", "member", member),
        Map.of(Alert.SUMMARY, "reads from " + member + " take 250ms at p99"), List.of(member), T0);
  }

  /** A notification for the group {alertname, cluster} of the first alert. */
  public static Notification notification(Alert... alerts) {
    return Notification.of(Map.of(Alert.ALERTNAME, alerts[0].name(), "cluster", "prod"), List.of(alerts));
  }

  /** A one-alert notification for group {@code name}, firing or resolved. */
  public static Notification group(String name, Alert.Status status) {
    Alert alert = Alert.firing(name, Alert.Severity.CRITICAL, Map.of("cluster", "prod"),
        Map.of(Alert.SUMMARY, name + " is wrong"), List.of("m1"), T0);
    if (status == Alert.Status.RESOLVED) {
      alert = alert.resolved(T0.plusSeconds(120));
    }
    return Notification.of(Map.of(Alert.ALERTNAME, name), List.of(alert));
  }
}
