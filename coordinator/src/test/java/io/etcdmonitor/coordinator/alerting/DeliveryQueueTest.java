package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.alerting.DeliveryQueue.Pending;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryQueueTest {
  private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");
  private final DeliveryQueue queue = new DeliveryQueue();

  @Test
  void groupsLeaveInTheOrderTheyCame() {
    Notification a = Alerts.group("a", Alert.Status.FIRING);
    Notification b = Alerts.group("b", Alert.Status.FIRING);
    queue.offer(a, T);
    queue.offer(b, T);

    assertThat(queue.removeHead().notification()).isEqualTo(a);
    assertThat(queue.removeHead().notification()).isEqualTo(b);
  }

  @Test
  void aNewerNotificationWithTheSameStatusTakesTheWaitingOnesPlace() {
    Notification a1 = Alerts.group("a", Alert.Status.FIRING);
    Notification b = Alerts.group("b", Alert.Status.FIRING);
    Notification a2 = Alerts.group("a", Alert.Status.FIRING);
    queue.offer(a1, T);
    queue.offer(b, T);

    assertThat(queue.offer(a2, T.plusSeconds(1))).map(Pending::notification).contains(a1);
    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.removeHead()).isEqualTo(new Pending(a2, T.plusSeconds(1), 0, null));
  }

  @Test
  void aResolvedQueuesBehindItsFiringSoItNeverOvertakesIt() {
    Notification firing = Alerts.group("a", Alert.Status.FIRING);
    Notification resolved = Alerts.group("a", Alert.Status.RESOLVED);
    queue.offer(firing, T);

    assertThat(queue.offer(resolved, T)).isEmpty();
    assertThat(queue.removeHead().notification()).isEqualTo(firing);
    assertThat(queue.removeHead().notification()).isEqualTo(resolved);
  }

  @Test
  void onlyTheLatestOfAGroupCanBeReplaced() {
    Notification firing = Alerts.group("a", Alert.Status.FIRING);
    Notification resolved = Alerts.group("a", Alert.Status.RESOLVED);
    Notification firingAgain = Alerts.group("a", Alert.Status.FIRING);
    queue.offer(firing, T);
    queue.offer(resolved, T);

    assertThat(queue.offer(firingAgain, T)).isEmpty();
    assertThat(queue.size()).isEqualTo(3);
  }

  @Test
  void theNotificationBeingSentIsNeverReplaced() {
    Notification first = Alerts.group("a", Alert.Status.FIRING);
    Notification second = Alerts.group("a", Alert.Status.FIRING);
    queue.offer(first, T);
    queue.beginHead();

    assertThat(queue.offer(second, T)).isEmpty();
    assertThat(queue.size()).isEqualTo(2);
  }

  @Test
  void aReplacementDuringBackoffKeepsTheAttemptCountSoBackoffKeepsGrowing() {
    queue.offer(Alerts.group("a", Alert.Status.FIRING), T);
    queue.beginHead();
    queue.failHead("HTTP 503");
    Notification newer = Alerts.group("a", Alert.Status.FIRING);

    assertThat(queue.offer(newer, T.plusSeconds(3))).isPresent();
    assertThat(queue.head()).contains(new Pending(newer, T.plusSeconds(3), 1, "HTTP 503"));
    assertThat(queue.beginHead().attempts()).isEqualTo(2);
  }

  @Test
  void expiryTakesOldWaitingOnesButNotTheOneBeingSent() {
    queue.offer(Alerts.group("a", Alert.Status.FIRING), T);
    queue.offer(Alerts.group("b", Alert.Status.FIRING), T);
    queue.offer(Alerts.group("c", Alert.Status.FIRING), T.plusSeconds(50));
    queue.beginHead();

    assertThat(queue.removeExpired(T.plusSeconds(61), age -> age.compareTo(Duration.ofMinutes(1)) > 0))
        .extracting(p -> p.notification().groupKey()).containsExactly("{alertname=\"b\"}");
    assertThat(queue.size()).isEqualTo(2);
  }
}
