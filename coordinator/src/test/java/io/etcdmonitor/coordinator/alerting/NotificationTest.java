package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTest {

  @Test
  void aFiringAlertIsLabelledWithItsNameAndSeverity() {
    Alert alert = Alerts.highLatency("m1");

    assertThat(alert.labels()).containsExactly(Map.entry("alertname", "etcdHighLatency"),
        Map.entry("cluster", "prod"), Map.entry("member", "m1"), Map.entry("severity", "warning"));
    assertThat(alert.fingerprint()).isEqualTo(Fingerprint.of("etcdHighLatency", alert.labels()));
    assertThat(alert.endsAt()).isNull();
  }

  @Test
  void resolvingKeepsTheFingerprintAndSetsTheEnd() {
    Alert firing = Alerts.noLeader("m1");
    Alert resolved = firing.resolved(Alerts.T0.plusSeconds(5));

    assertThat(resolved.status()).isEqualTo(Alert.Status.RESOLVED);
    assertThat(resolved.endsAt()).isEqualTo(Alerts.T0.plusSeconds(5));
    assertThat(resolved.fingerprint()).isEqualTo(firing.fingerprint());
  }

  @Test
  void aForgedFingerprintOrAMissingEndIsRefused() {
    Alert a = Alerts.noLeader();
    assertThatThrownBy(() -> new Alert(a.name(), a.severity(), a.labels(), a.annotations(), a.members(),
        a.startsAt(), null, Alert.Status.FIRING, "0000000000000000")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Alert(a.name(), a.severity(), a.labels(), a.annotations(), a.members(),
        a.startsAt(), null, Alert.Status.RESOLVED, a.fingerprint())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGroupFiresWhileAnyAlertFires() {
    Alert m1 = Alerts.highLatency("m1");
    Alert m2 = Alerts.highLatency("m2");
    Notification mixed = Alerts.notification(m1, m2.resolved(Alerts.T0));
    Notification over = Alerts.notification(m1.resolved(Alerts.T0), m2.resolved(Alerts.T0));

    assertThat(mixed.status()).isEqualTo(Alert.Status.FIRING);
    assertThat(mixed.firingAlerts()).containsExactly(m1);
    assertThat(over.status()).isEqualTo(Alert.Status.RESOLVED);
  }

  @Test
  void commonLabelsAreThoseAllAlertsShare() {
    Notification n = Alerts.notification(Alerts.highLatency("m1"), Alerts.highLatency("m2"));
    assertThat(n.commonLabels()).containsOnlyKeys("alertname", "cluster", "severity");
    assertThat(n.commonAnnotations()).isEmpty();
  }

  @Test
  void theGroupKeyListsTheGroupLabelsInOrder() {
    Notification n = Notification.of(Map.of("cluster", "prod", "alertname", "etcdNoLeader"),
        List.of(Alerts.noLeader()));
    assertThat(n.groupKey()).isEqualTo("{alertname=\"etcdNoLeader\",cluster=\"prod\"}");
  }

  @Test
  void aTestNotificationIsMarkedAndInItsOwnGroup() {
    Notification one = Notification.test("ops", Alerts.T0);
    Notification two = Notification.test("ops", Alerts.T0);

    assertThat(one.test()).isTrue();
    assertThat(one.groupKey()).isNotEqualTo(two.groupKey());
    assertThat(one.alerts().get(0).summary()).isEqualTo("Test notification from etcd-monitor");
  }
}
