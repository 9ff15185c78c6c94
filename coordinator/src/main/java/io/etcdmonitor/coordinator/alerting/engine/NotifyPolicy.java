package io.etcdmonitor.coordinator.alerting.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * "Should receivers hear about this alert now, and why?", as a pure function with named reasons in the manner of
 * Alertmanager's {@code needsUpdate}. The notification log makes the answer survive restarts: an alert notified
 * before is not notified again until its repeat interval, whatever happened to the process meanwhile.
 */
public final class NotifyPolicy {

  /** Every answer, with whether it sends. */
  public enum Reason {
    FIRST_NOTIFICATION(true),
    REPEAT_INTERVAL_ELAPSED(true),
    RESOLVED(true),
    PENDING(false),
    SILENCED(false),
    INHIBITED(false),
    ALREADY_NOTIFIED(false),
    NEVER_NOTIFIED(false);

    private final boolean notifies;

    Reason(boolean notifies) {
      this.notifies = notifies;
    }

    public boolean notifies() {
      return notifies;
    }
  }

  private NotifyPolicy() {}

  /**
   * @param last what receivers were last told about this fingerprint, or null if never
   * @param silenced a silence mutes the alert now
   * @param inhibited a firing alert that explains it (quorum lost, its critical twin) suppresses it
   */
  static Reason decide(AlertPhase phase, boolean silenced, boolean inhibited, NotificationLog.Entry last,
      Instant now, Duration repeatInterval) {
    return switch (phase) {
      case PENDING -> Reason.PENDING;
      case FIRING -> {
        if (silenced) {
          yield Reason.SILENCED;
        }
        if (inhibited) {
          yield Reason.INHIBITED;
        }
        if (last == null || last.resolved()) {
          yield Reason.FIRST_NOTIFICATION;
        }
        yield now.isBefore(last.at().plus(repeatInterval)) ? Reason.ALREADY_NOTIFIED : Reason.REPEAT_INTERVAL_ELAPSED;
      }
      case RESOLVED -> {
        if (last == null) {
          yield Reason.NEVER_NOTIFIED;
        }
        yield last.resolved() ? Reason.ALREADY_NOTIFIED : Reason.RESOLVED;
      }
    };
  }
}
