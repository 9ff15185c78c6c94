package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The share of a member's client RPCs that failed over the last five minutes is above {@code max_error_rate}.
 * Watch streams are left out of both counts, because etcd reports a client cancelling its watch as Unavailable
 * (etcd #10289), which made the upstream alert fire on healthy clusters. Few requests say little: five minutes
 * need {@link #MIN_REQUESTS} before they are judged.
 */
final class FailedGrpcRule extends MemberLevelRule {
  static final Duration WINDOW = Duration.ofMinutes(5);
  static final long MIN_REQUESTS = 100;

  FailedGrpcRule(EffectiveRule settings) {
    super(settings, true);
  }

  @Override
  OptionalDouble value(AlertInput input, MemberView member, Signals signals) {
    if (signals.metrics(member).isEmpty()) {
      return OptionalDouble.empty();
    }
    MemberHistory history = signals.history(member);
    Long handled = history.sum(input.now().minus(WINDOW), MetricsSample::grpcHandled);
    Long failed = history.sum(input.now().minus(WINDOW), MetricsSample::grpcFailed);
    if (handled == null || failed == null || handled < MIN_REQUESTS) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) failed / handled);
  }

  @Override
  Finding finding(AlertInput input, MemberView member, Alert.Severity severity, double value, double threshold) {
    return finding(member, severity,
        "etcd member " + Members.name(member) + " fails " + Members.percent(value * 100) + " of gRPC requests",
        "Over the last " + WINDOW.toMinutes() + " min, " + Members.percent(value * 100) + " of the client RPCs "
            + "that member " + Members.name(member) + " finished failed (Unknown, FailedPrecondition, "
            + "ResourceExhausted, Internal, Unavailable, DataLoss or DeadlineExceeded), above "
            + Members.percent(threshold * 100) + ". Cancelled watch streams are not counted.",
        """
            1. Check the member's log for the failing method and its error.
            2. Unavailable and DeadlineExceeded usually mean no leader, a slow disk or overload: see the member's \
            fsync and commit latency.
            3. ResourceExhausted: requests above --max-request-bytes or too many; check the clients.""");
  }
}
