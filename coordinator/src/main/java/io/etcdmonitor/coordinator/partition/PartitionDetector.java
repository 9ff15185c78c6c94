package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MetricsReport;
import io.etcdmonitor.protocol.NetworkView;
import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Both matrices, the classifier and a bounded history of resolved verdicts, fed by the aggregator: reports as
 * they arrive, one {@link #observe} per probe interval. Plain state; time is always an argument.
 *
 * <p>Only configuration knows which datacenter each member runs in; without it the classifier finds no
 * datacenter splits, and every other verdict works from the two matrices alone.
 */
public final class PartitionDetector {
  private final ReachabilityMatrixBuilder reachability;
  private final PeerMatrixBuilder peers;
  private final PartitionClassifier classifier;
  private final int historySize;
  private final Deque<NetworkView.ResolvedVerdict> history = new ArrayDeque<>();
  private final Map<String, String> memberDatacenters;
  private PartitionTopology topology = PartitionTopology.UNKNOWN;
  private NetworkView latest;

  /**
   * @param silentAfter how long a vantage or a cell stays fresh: K probe intervals plus the probe timeout
   * @param metricsStaleAfter how long a member's scraped peer figures count
   * @param historySize how many resolved verdicts to keep
   * @param memberDatacenters each member's datacenter, by name, as configured
   */
  public PartitionDetector(Duration silentAfter, Duration metricsStaleAfter, PartitionClassifier.Settings settings,
      int historySize, Map<String, String> memberDatacenters, Instant start) {
    this.reachability = new ReachabilityMatrixBuilder(silentAfter);
    this.peers = new PeerMatrixBuilder(metricsStaleAfter, silentAfter);
    this.classifier = new PartitionClassifier(settings);
    this.historySize = historySize;
    this.memberDatacenters = Map.copyOf(memberDatacenters);
    this.latest = NetworkView.empty(start);
  }

  /** The member list changed (or was read again): the matrices' rows and columns follow it. */
  public void members(List<MemberInfo> members) {
    reachability.members(members);
    peers.members(members);
    topology = PartitionTopology.of(members, memberDatacenters);
  }

  public void add(ProbeReport report, Instant receivedAt) {
    reachability.add(report, receivedAt);
    peers.add(report, receivedAt);
  }

  public void add(MetricsReport report, Instant receivedAt) {
    if (report.metrics() != null) {
      peers.add(report.memberId(), report.metrics(), receivedAt);
    }
  }

  /** One observation: renders both matrices, classifies them and records what resolved since the last one. */
  public NetworkView observe(Instant now) {
    ReachabilityMatrix reach = reachability.matrix(now);
    PeerMatrix links = peers.matrix(now);
    List<PartitionVerdict> active = classifier.classify(reach, links, topology, now);
    Map<String, PartitionVerdict> stillActive =
        active.stream().collect(Collectors.toMap(PartitionVerdict::key, Function.identity()));
    for (PartitionVerdict before : latest.active()) {
      if (!stillActive.containsKey(before.key())) {
        history.addFirst(new NetworkView.ResolvedVerdict(before, now));
      }
    }
    while (history.size() > historySize) {
      history.removeLast();
    }
    latest = new NetworkView(reach, links, active, List.copyOf(history));
    return latest;
  }

  /** What the latest observation saw. */
  public NetworkView latest() {
    return latest;
  }
}
