package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.PeerCell;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each member's latest {@code /metrics} figures and latest Status answer and renders the
 * {@link PeerMatrix}. etcd labels peers with hex member IDs; this maps them to member names and drops peers
 * that are no longer members (etcd keeps listing removed members until it restarts, etcd #13520).
 *
 * <p>Freshness is judged by the coordinator's receive time. Metrics older than {@code metricsStaleAfter}
 * and statuses older than {@code statusStaleAfter} are left out, so a dead member's last words do not
 * speak for it now.
 */
public final class PeerMatrixBuilder {
  private final Duration metricsStaleAfter;
  private final Duration statusStaleAfter;
  private final Map<Long, Integer> indexOf = new HashMap<>();
  private long[] ids = new long[0];
  private List<String> names = List.of();
  private Known[] known = new Known[0];

  public PeerMatrixBuilder(Duration metricsStaleAfter, Duration statusStaleAfter) {
    this.metricsStaleAfter = metricsStaleAfter;
    this.statusStaleAfter = statusStaleAfter;
  }

  /** Sets rows and columns; what is known of members that stay is kept. */
  public void members(List<MemberInfo> members) {
    long[] newIds = members.stream().mapToLong(MemberInfo::id).toArray();
    Known[] newKnown = new Known[newIds.length];
    for (int i = 0; i < newIds.length; i++) {
      Integer old = indexOf.get(newIds[i]);
      newKnown[i] = old == null ? new Known() : known[old];
    }
    if (!Arrays.equals(newIds, ids)) {
      indexOf.clear();
      for (int i = 0; i < newIds.length; i++) {
        indexOf.put(newIds[i], i);
      }
    }
    ids = newIds;
    known = newKnown;
    names = members.stream().map(MemberInfo::displayName).toList();
  }

  /** Records one scrape of one member's {@code /metrics}; an older scrape than the one held is ignored. */
  public void add(long memberId, MemberMetrics metrics, Instant receivedAt) {
    Integer i = indexOf.get(memberId);
    if (i == null) {
      return;
    }
    Known k = known[i];
    if (k.metrics == null || !metrics.scrapedAt().isBefore(k.metrics.scrapedAt())) {
      k.metrics = metrics;
      k.metricsReceived = receivedAt;
    }
  }

  /** Takes the member's own Status from a probe that reached it; other results say nothing here. */
  public void add(ProbeReport report, Instant receivedAt) {
    if (!(report.result() instanceof ProbeResult.Reachable reachable)) {
      return;
    }
    Integer i = indexOf.get(report.memberId());
    if (i == null) {
      return;
    }
    Known k = known[i];
    if (k.statusReceived == null || !receivedAt.isBefore(k.statusReceived)) {
      k.status = reachable.status();
      k.statusAt = report.probedAt();
      k.statusReceived = receivedAt;
    }
  }

  public PeerMatrix matrix(Instant now) {
    Instant metricsFreshSince = now.minus(metricsStaleAfter);
    Instant statusFreshSince = now.minus(statusStaleAfter);
    List<PeerMatrix.Row> rows = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      rows.add(row(i, metricsFreshSince, statusFreshSince));
    }
    return new PeerMatrix(now, names, rows);
  }

  private PeerMatrix.Row row(int i, Instant metricsFreshSince, Instant statusFreshSince) {
    Known k = known[i];
    MemberMetrics metrics = k.metrics != null && !k.metricsReceived.isBefore(metricsFreshSince) ? k.metrics : null;
    MemberStatus status = k.status != null && !k.statusReceived.isBefore(statusFreshSince) ? k.status : null;
    List<PeerCell> cells = new ArrayList<>(ids.length);
    for (int j = 0; j < ids.length; j++) {
      cells.add(PeerCell.UNKNOWN);
    }
    Boolean hasLeader = null;
    String leader = null;
    Long term = null;
    if (status != null) {
      term = status.raftTerm();
      leader = status.leaderId() == MemberIds.NONE ? null : nameOf(status.leaderId());
      hasLeader = leader != null;
    }
    if (metrics != null) {
      for (Map.Entry<String, MemberMetrics.Peer> peer : metrics.peers().entrySet()) {
        Integer j = indexOfHex(peer.getKey());
        if (j != null && j != i) {
          cells.set(j, cell(peer.getValue()));
        }
      }
      Boolean scraped = metrics.raft().hasLeader();
      if (scraped != null && (status == null || k.metricsReceived.isAfter(k.statusReceived))) {
        hasLeader = scraped;
        leader = scraped ? leader : null;
      }
    }
    return new PeerMatrix.Row(names.get(i),
        metrics == null ? null : metrics.scrapedAt(),
        metrics == null ? null : metrics.window(),
        status == null ? null : k.statusAt,
        hasLeader, leader, term, cells);
  }

  private static PeerCell cell(MemberMetrics.Peer peer) {
    Double rttMs = peer.roundTripP99Seconds() == null ? null : peer.roundTripP99Seconds() * 1000.0;
    return new PeerCell(peer.active(), rttMs, peer.sentFailuresInWindow(), peer.receivedFailuresInWindow());
  }

  private Integer indexOfHex(String hex) {
    try {
      return indexOf.get(MemberIds.fromHex(hex));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String nameOf(long id) {
    Integer i = indexOf.get(id);
    return i == null ? MemberIds.toHex(id) : names.get(i);
  }

  /** The freshest figures and status received for one member. */
  private static final class Known {
    MemberMetrics metrics;
    Instant metricsReceived;
    MemberStatus status;
    Instant statusAt;
    Instant statusReceived;
  }
}
