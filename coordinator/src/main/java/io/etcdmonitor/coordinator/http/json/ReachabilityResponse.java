package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.NetworkView;
import io.etcdmonitor.protocol.PeerCell;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /api/v1/cluster/reachability}: the vantage-by-member matrix of client-port probes and
 * the member-by-member matrix of raft links, each row's cells in the order of its {@code members}.
 */
public record ReachabilityResponse(Vantages reachability, Peers peers) {

  /** Who reaches which member's client port. */
  public record Vantages(Instant observedAt, List<String> members, List<VantageRow> rows) {}

  /** One vantage; {@code silent} when its agent stopped reporting and its cells say nothing about etcd. */
  public record VantageRow(String vantage, String datacenter, Instant lastReport, boolean silent,
      List<Cell> cells) {}

  /**
   * One cell: {@code state} is reachable, unreachable, timedOut, vantageSilent or notProbed.
   *
   * @param since when the current run of failures began, for unreachable and timedOut
   * @param observedAt the probe's time; the last report for vantageSilent, the last probe for notProbed
   */
  public record Cell(String state, Double latencyMs, Instant since, Instant observedAt, String description) {}

  /** How the members see each other. */
  public record Peers(Instant observedAt, List<String> members, List<PeerRow> rows) {}

  /** One member's view of its peers and of the leader; {@code windowSeconds} is the scrape window. */
  public record PeerRow(String member, Instant metricsAt, Double windowSeconds, Instant statusAt, Boolean hasLeader,
      String leader, Long term, List<Link> cells) {}

  /** One raft link as the row's member sees it; {@code linkUp} is null when nothing is known. */
  public record Link(Boolean linkUp, Boolean active, Double roundTripP99Ms, Long sentFailuresInWindow,
      Long receivedFailuresInWindow) {}

  public static ReachabilityResponse from(NetworkView view) {
    ReachabilityMatrix r = view.reachability();
    PeerMatrix p = view.peers();
    return new ReachabilityResponse(
        new Vantages(r.observedAt(), r.members(), r.rows().stream()
            .map(row -> new VantageRow(row.vantage(), row.datacenter(), row.lastReport(), row.silent(),
                row.cells().stream().map(ReachabilityResponse::cell).toList()))
            .toList()),
        new Peers(p.observedAt(), p.members(), p.rows().stream()
            .map(row -> new PeerRow(row.member(), row.metricsAt(),
                row.window() == null ? null : row.window().toMillis() / 1000.0, row.statusAt(), row.hasLeader(),
                row.leader(), row.term(), row.cells().stream().map(ReachabilityResponse::link).toList()))
            .toList()));
  }

  private static Cell cell(ReachabilityCell c) {
    if (c instanceof ReachabilityCell.Reachable r) {
      return new Cell("reachable", r.latencyMs(), null, r.observedAt(), c.describe());
    }
    if (c instanceof ReachabilityCell.Unreachable u) {
      return new Cell("unreachable", null, u.since(), u.observedAt(), c.describe());
    }
    if (c instanceof ReachabilityCell.TimedOut t) {
      return new Cell("timedOut", null, t.since(), t.observedAt(), c.describe());
    }
    if (c instanceof ReachabilityCell.VantageSilent s) {
      return new Cell("vantageSilent", null, null, s.lastReport(), c.describe());
    }
    return new Cell("notProbed", null, null, ((ReachabilityCell.NotProbed) c).lastProbed(), c.describe());
  }

  private static Link link(PeerCell c) {
    return new Link(c.linkUp(), c.active(), c.roundTripP99Ms(), c.sentFailuresInWindow(),
        c.receivedFailuresInWindow());
  }
}
