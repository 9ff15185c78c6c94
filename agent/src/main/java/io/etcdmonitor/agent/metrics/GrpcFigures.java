package io.etcdmonitor.agent.metrics;

import io.etcdmonitor.protocol.MemberMetrics;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Client gRPC figures from {@code grpc_server_started_total} and {@code grpc_server_handled_total}, leaving
 * Watch streams out of the failure figures because etcd counts a client cancelling its watch as a failure.
 */
final class GrpcFigures {
  /** The codes etcd's own alert rules count as failures. */
  static final Set<String> FAILED_CODES = Set.of(
      "Unknown", "FailedPrecondition", "ResourceExhausted", "Internal", "Unavailable", "DataLoss",
      "DeadlineExceeded");

  private GrpcFigures() {}

  static MemberMetrics.Grpc derive(ScrapeWindow window) {
    Optional<MetricFamily> started = EtcdMetric.GRPC_STARTED.find(window.current());
    Optional<MetricFamily> handled = EtcdMetric.GRPC_HANDLED.find(window.current());
    Optional<MetricFamily> handledBefore =
        window.hasPrevious() ? EtcdMetric.GRPC_HANDLED.find(window.previous()) : Optional.empty();

    Long handledInWindow = null;
    Long failedInWindow = null;
    Double failedRatio = null;
    if (handled.isPresent() && handledBefore.isPresent()) {
      Map<Labels, Double> before = byLabels(handledBefore.get());
      double all = 0;
      double failed = 0;
      for (Sample sample : handled.get().samples()) {
        if (isWatchStream(sample.labels()) || !Double.isFinite(sample.value())) {
          continue;
        }
        double increase = ScrapeWindow.increase(before.getOrDefault(sample.labels(), 0.0), sample.value());
        all += increase;
        if (isFailed(sample.labels())) {
          failed += increase;
        }
      }
      handledInWindow = Math.round(all);
      failedInWindow = Math.round(failed);
      failedRatio = all > 0 ? failed / all : null;
    }

    return new MemberMetrics.Grpc(
        started.map(family -> sum(family, false, false)).orElse(null),
        handled.map(family -> sum(family, false, false)).orElse(null),
        started.isPresent() && handled.isPresent()
            ? Math.max(0, sum(started.get(), true, false) - sum(handled.get(), true, false))
            : null,
        handled.map(family -> sum(family, false, true)).orElse(null),
        handledInWindow,
        failedInWindow,
        failedRatio,
        window.count(EtcdMetric.CLIENT_GRPC_RECEIVED_BYTES),
        window.count(EtcdMetric.CLIENT_GRPC_SENT_BYTES),
        window.rate(EtcdMetric.CLIENT_GRPC_RECEIVED_BYTES),
        window.rate(EtcdMetric.CLIENT_GRPC_SENT_BYTES));
  }

  /** Sum of the family's finite samples, optionally only streaming methods or only failures outside Watch. */
  private static long sum(MetricFamily family, boolean streamsOnly, boolean failuresOnly) {
    double total = 0;
    for (Sample sample : family.samples()) {
      Labels labels = sample.labels();
      if (!Double.isFinite(sample.value())
          || streamsOnly && !isStream(labels)
          || failuresOnly && (isWatchStream(labels) || !isFailed(labels))) {
        continue;
      }
      total += sample.value();
    }
    return Math.round(total);
  }

  private static boolean isStream(Labels labels) {
    String type = labels.get("grpc_type");
    return type != null && !type.equals("unary");
  }

  private static boolean isWatchStream(Labels labels) {
    return "Watch".equals(labels.get("grpc_method")) && "bidi_stream".equals(labels.get("grpc_type"));
  }

  private static boolean isFailed(Labels labels) {
    String code = labels.get("grpc_code");
    return code != null && FAILED_CODES.contains(code);
  }

  private static Map<Labels, Double> byLabels(MetricFamily family) {
    Map<Labels, Double> values = new HashMap<>(family.samples().size() * 2);
    for (Sample sample : family.samples()) {
      values.put(sample.labels(), sample.value());
    }
    return values;
  }
}
