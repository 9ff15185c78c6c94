package io.etcdmonitor.agent.metrics;

import io.etcdmonitor.protocol.MemberMetrics;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One member's view of each peer, from the {@code etcd_network_*} families labelled by peer ID: the raw
 * material of the coordinator's member-to-member matrix.
 */
final class PeerFigures {
  private PeerFigures() {}

  static Map<String, MemberMetrics.Peer> derive(ScrapeWindow window) {
    ParsedMetrics current = window.current();
    ParsedMetrics previous = window.previous();
    Map<String, Histogram> roundTrips = histogramsByPeer(current);
    Map<String, Double> sentFailures = valuesBy(current, EtcdMetric.PEER_SENT_FAILURES, "To");
    Map<String, Double> receivedFailures = valuesBy(current, EtcdMetric.PEER_RECEIVED_FAILURES, "From");
    Map<String, Double> active = valuesBy(current, EtcdMetric.ACTIVE_PEERS, "Remote");
    Map<String, Histogram> roundTripsBefore = previous == null ? Map.of() : histogramsByPeer(previous);
    Map<String, Double> sentFailuresBefore =
        previous == null ? Map.of() : valuesBy(previous, EtcdMetric.PEER_SENT_FAILURES, "To");
    Map<String, Double> receivedFailuresBefore =
        previous == null ? Map.of() : valuesBy(previous, EtcdMetric.PEER_RECEIVED_FAILURES, "From");

    Set<String> ids = new TreeSet<>(roundTrips.keySet());
    ids.addAll(valuesBy(current, EtcdMetric.PEER_SENT_BYTES, "To").keySet());
    ids.addAll(sentFailures.keySet());
    ids.addAll(receivedFailures.keySet());
    ids.addAll(active.keySet());

    Map<String, MemberMetrics.Peer> peers = new TreeMap<>();
    for (String id : ids) {
      Histogram inWindow = previous != null && roundTrips.containsKey(id)
          ? HistogramWindow.increase(roundTripsBefore.get(id), roundTrips.get(id))
          : null;
      Double isActive = active.get(id);
      double sent = sentFailures.getOrDefault(id, 0.0);
      double received = receivedFailures.getOrDefault(id, 0.0);
      peers.put(id, new MemberMetrics.Peer(
          isActive == null ? null : isActive == 1,
          inWindow == null ? null : HistogramWindow.quantile(0.99, inWindow),
          inWindow == null ? null : HistogramWindow.observations(inWindow),
          ScrapeWindow.toLong(sent),
          previous == null ? null : increase(sentFailuresBefore.getOrDefault(id, 0.0), sent),
          ScrapeWindow.toLong(received),
          previous == null ? null : increase(receivedFailuresBefore.getOrDefault(id, 0.0), received)));
    }
    return peers;
  }

  private static Long increase(double before, double now) {
    return ScrapeWindow.toLong(ScrapeWindow.increase(before, now));
  }

  private static Map<String, Double> valuesBy(ParsedMetrics metrics, EtcdMetric metric, String label) {
    Optional<MetricFamily> family = metric.find(metrics);
    Map<String, Double> values = new HashMap<>();
    if (family.isPresent()) {
      for (Sample sample : family.get().samples()) {
        String id = sample.labels().get(label);
        if (id != null && Double.isFinite(sample.value())) {
          values.merge(id, sample.value(), Double::sum);
        }
      }
    }
    return values;
  }

  private static Map<String, Histogram> histogramsByPeer(ParsedMetrics metrics) {
    Optional<MetricFamily> family = EtcdMetric.PEER_ROUND_TRIP_TIME.find(metrics);
    Map<String, Histogram> histograms = new HashMap<>();
    if (family.isPresent()) {
      for (Histogram histogram : family.get().histograms()) {
        String id = histogram.labels().get("To");
        if (id != null) {
          histograms.put(id, histogram);
        }
      }
    }
    return histograms;
  }
}
