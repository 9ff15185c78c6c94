package io.etcdmonitor.coordinator.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.engine.NotifyPolicy.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NotifyPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final Duration REPEAT = Duration.ofHours(4);
  private static final Alert ALERT = Alert.firing("etcdNoLeader", Alert.Severity.CRITICAL, Map.of(), Map.of(),
      List.of(), NOW.minusSeconds(7200));
  private static final NotificationLog.Entry SENT_FIRING_1H_AGO = new NotificationLog.Entry(ALERT,
      NOW.minusSeconds(3600));
  private static final NotificationLog.Entry SENT_FIRING_5H_AGO = new NotificationLog.Entry(ALERT,
      NOW.minusSeconds(5 * 3600));
  private static final NotificationLog.Entry SENT_RESOLVED = new NotificationLog.Entry(
      ALERT.resolved(NOW.minusSeconds(600)), NOW.minusSeconds(600));

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(AlertPhase.PENDING, false, false, null, Reason.PENDING),
        Arguments.of(AlertPhase.FIRING, false, false, null, Reason.FIRST_NOTIFICATION),
        Arguments.of(AlertPhase.FIRING, false, false, SENT_RESOLVED, Reason.FIRST_NOTIFICATION),
        Arguments.of(AlertPhase.FIRING, false, false, SENT_FIRING_1H_AGO, Reason.ALREADY_NOTIFIED),
        Arguments.of(AlertPhase.FIRING, false, false, SENT_FIRING_5H_AGO, Reason.REPEAT_INTERVAL_ELAPSED),
        Arguments.of(AlertPhase.FIRING, true, false, null, Reason.SILENCED),
        Arguments.of(AlertPhase.FIRING, true, true, SENT_FIRING_5H_AGO, Reason.SILENCED),
        Arguments.of(AlertPhase.FIRING, false, true, null, Reason.INHIBITED),
        Arguments.of(AlertPhase.RESOLVED, false, false, SENT_FIRING_1H_AGO, Reason.RESOLVED),
        Arguments.of(AlertPhase.RESOLVED, true, true, SENT_FIRING_1H_AGO, Reason.RESOLVED),
        Arguments.of(AlertPhase.RESOLVED, false, false, SENT_RESOLVED, Reason.ALREADY_NOTIFIED),
        Arguments.of(AlertPhase.RESOLVED, false, false, null, Reason.NEVER_NOTIFIED));
  }

  @ParameterizedTest(name = "{0} silenced={1} inhibited={2} last={3}: {4}")
  @MethodSource("cases")
  void decidesWithANamedReason(AlertPhase phase, boolean silenced, boolean inhibited, NotificationLog.Entry last,
      Reason expected) {
    Reason reason = NotifyPolicy.decide(phase, silenced, inhibited, last, NOW, REPEAT);

    assertThat(reason).isEqualTo(expected);
    assertThat(reason.notifies()).isEqualTo(expected == Reason.FIRST_NOTIFICATION
        || expected == Reason.REPEAT_INTERVAL_ELAPSED || expected == Reason.RESOLVED);
  }
}
