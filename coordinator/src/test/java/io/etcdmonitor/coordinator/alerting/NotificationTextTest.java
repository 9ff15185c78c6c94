package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationTextTest {

  @Test
  void titleCountsFiringAlertsAndNamesTheHighestSeverity() {
    Notification n = Alerts.notification(Alerts.noLeader("m1"), Alerts.noLeader("m2"));
    assertThat(NotificationText.title(n)).isEqualTo("[FIRING:2] etcdNoLeader critical");
  }

  @Test
  void resolvedTitleHasNoCount() {
    Notification n = Alerts.notification(Alerts.noLeader("m1").resolved(Alerts.T0));
    assertThat(NotificationText.title(n)).isEqualTo("[RESOLVED] etcdNoLeader critical");
  }

  @Test
  void oneLineNamesMembersOnceAndTheFirstFiringSummary() {
    Notification n = Alerts.notification(Alerts.highLatency("m2").resolved(Alerts.T0), Alerts.highLatency("m1"),
        Alerts.highLatency("m2"));
    assertThat(NotificationText.oneLine(n))
        .isEqualTo("[FIRING:2] etcdHighLatency warning members=m2,m1: reads from m1 take 250ms at p99 (+1 more)");
  }

  @Test
  void bodyHasEverythingAnOperatorNeedsPerAlert() {
    Notification n = Alerts.notification(Alerts.noLeader("m1", "m2").resolved(Alerts.T0.plusSeconds(60)));
    assertThat(NotificationText.body(n)).isEqualTo("""
        RESOLVED etcdNoLeader (critical): etcd cluster prod has no leader
          Description: No member has reported a leader for 60s.
          Members: m1, m2
          Runbook: https://runbooks.example.com/etcd/no-leader
          Started: 2026-11-02T10:00:00Z
          Ended: 2026-11-02T10:01:00Z
          Labels: cluster=prod
        """);
  }
}
