package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.ClusterTelemetry;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.HistogramCounts;
import io.etcdmonitor.protocol.LatencySummary;
import io.etcdmonitor.protocol.LeaderChange;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberTelemetry;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.NetworkView;
import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PeerCell;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fixed cluster views for API tests: what the aggregator would publish in each situation. */
public final class Views {
  public static final long ID1 = 0x8e9e05c52164694dL;
  public static final long ID2 = 0x2a3c1b7d9e0f4c12L;
  public static final long ID3 = 0xfedcba9876543210L;
  public static final Instant UPDATED = Instant.parse("2026-11-03T10:15:30.123Z");
  public static final Instant PROBED = Instant.parse("2026-11-03T10:15:29Z");

  private Views() {}

  public static MemberInfo info(long id, int n) {
    return new MemberInfo(id, "etcd" + n, List.of("http://127.0.0.1:" + (2379 + 10 * n)),
        List.of("http://127.0.0.1:" + (2380 + 10 * n)), false);
  }

  public static MemberStatus status(long leaderId) {
    return new MemberStatus("3.4.23", leaderId, 7, 1234, 1233, 20480, 16384, false, List.of());
  }

  public static MemberView up(long id, int n, long leaderId, double readMs) {
    MemberInfo info = info(id, n);
    return new MemberView(info, true, id == leaderId, status(leaderId), 1.25 + n, null,
        ReadCheck.succeeded(readMs), PROBED, info.clientUrls().get(0), MemberTelemetry.NONE);
  }

  /** Unreachable now; its last Status answer is kept. */
  public static MemberView down(long id, int n, long formerLeader, String error) {
    MemberInfo info = info(id, n);
    return new MemberView(info, false, false, status(formerLeader), null, error,
        ReadCheck.failed(5000.0, "context deadline exceeded"), PROBED, info.clientUrls().get(0), MemberTelemetry.NONE);
  }

  /** Started, but no probe has ever had an answer. */
  public static MemberView neverAnswered(long id, int n, String error) {
    MemberInfo info = info(id, n);
    return new MemberView(info, false, false, null, null, error, null, PROBED, info.clientUrls().get(0),
        MemberTelemetry.NONE);
  }

  /** Added with {@code etcdctl member add} but not started: no name, no client URL, no endpoint. */
  public static MemberView notStarted(long id) {
    MemberInfo info = new MemberInfo(id, "", List.of(), List.of("http://127.0.0.1:2480"), true);
    return new MemberView(info, false, false, null, null, null, null, null, null, MemberTelemetry.NONE);
  }

  public static ClusterView healthy() {
    return new ClusterView(UPDATED, true, true, List.of(), ID1, 3, 3, 3, 2, 2,
        List.of(new LeaderChange(UPDATED.minusSeconds(600), MemberIds.NONE, ID2, 6),
            new LeaderChange(UPDATED.minusSeconds(300), ID2, ID1, 7)),
        List.of(),
        List.of(up(ID1, 1, ID1, 0.612), up(ID2, 2, ID1, 0.7), up(ID3, 3, ID1, 0.8)), ClusterTelemetry.NONE);
  }

  /** Three members, all reachable, none leading. */
  public static ClusterView noLeader() {
    return new ClusterView(UPDATED, true, false, List.of("no leader"), MemberIds.NONE, 3, 3, 3, 2, 2,
        List.of(new LeaderChange(UPDATED.minusSeconds(30), ID1, MemberIds.NONE, 8)), List.of(),
        List.of(up(ID1, 1, MemberIds.NONE, 1.0), up(ID2, 2, MemberIds.NONE, 1.0), up(ID3, 3, MemberIds.NONE, 1.0)),
        ClusterTelemetry.NONE);
  }

  /** Two of three members down: the survivor still remembers the old leader but cannot reach a quorum. */
  public static ClusterView quorumLost() {
    return new ClusterView(UPDATED, true, false, List.of("no leader", "quorum lost: 1/3 members reachable"),
        MemberIds.NONE, 3, 3, 1, 2, 1, List.of(), List.of(),
        List.of(up(ID1, 1, MemberIds.NONE, 1.0),
            down(ID2, 2, ID2, "connection refused"),
            neverAnswered(ID3, 3, "connection refused")), ClusterTelemetry.NONE);
  }

  /** Healthy, led by the high-bit member, with a NOSPACE alarm on it. */
  public static ClusterView highBitLeaderWithAlarm() {
    return new ClusterView(UPDATED, true, true, List.of(), ID3, 3, 3, 3, 2, 1,
        List.of(new LeaderChange(UPDATED.minusSeconds(60), ID1, ID3, 9)),
        List.of(new Alarm(ID3, "NOSPACE"), new Alarm(0x1234L, "CORRUPT")),
        List.of(up(ID1, 1, ID3, 1.0), up(ID2, 2, ID3, 1.0), up(ID3, 3, ID3, 1.0)), ClusterTelemetry.NONE);
  }

  /** Figures as a 3.4 member exports them, with one peer; quota and a few windowed values set. */
  public static MemberMetrics metrics(Instant at) {
    return new MemberMetrics(at, Duration.ofSeconds(10), "3.4.23", 0,
        new MemberMetrics.Raft(15234L, 12.5, 15230L, 12.4, 4L, 2L, 0.0, 3L, 0L, true, true, false, 0L, 0L, 0L, 0L, 0L,
            0L),
        new MemberMetrics.Disk(0.0012, 0.0081, 125L, 0.0021, 0.0145, 60L),
        new MemberMetrics.Storage(10_485_760L, 8_388_608L, 2_147_483_648L),
        new MemberMetrics.Watches(7L, 3L, 0L),
        new MemberMetrics.Grpc(5000L, 4990L, 10L, 12L, 900L, 9L, 0.01, 1_000_000L, 2_000_000L, 1000.0, 2000.0),
        new MemberMetrics.Process(52_428_800L, 12.5, 0.02, 40L, 1024L, 38L, 1024L),
        Map.of("2a3c1b7d9e0f4c12", new MemberMetrics.Peer(true, 0.0012, 4L, 0L, 0L, 0L, 0L)));
  }

  /** The healthy view with metrics, latency windows and counters, as the aggregator fills them in. */
  public static ClusterView healthyWithTelemetry() {
    ClusterView healthy = healthy();
    Duration window = Duration.ofMinutes(5);
    List<MemberView> members = healthy.members().stream().map(m -> new MemberView(m.info(), m.reachable(),
        m.leader(), m.status(), m.lastProbeLatencyMs(), m.lastError(), m.lastRead(), m.lastProbedAt(), m.endpoint(),
        new MemberTelemetry(metrics(UPDATED), null, new LatencySummary(300, 0.512, 1.5, 5.8, 9.1, window),
            new HistogramCounts(List.of(0.001, 0.01), List.of(250L, 300L), 0.45, 300), 300, 2, 1))).toList();
    return new ClusterView(healthy.lastUpdated(), true, true, List.of(), healthy.leaderId(), 3, 3, 3, 2, 2,
        healthy.leaderHistory(), List.of(new Alarm(ID1, "NOSPACE")), members,
        new ClusterTelemetry(new LatencySummary(900, 0.6, 1.6, 5.9, 9.1, window),
            new LatencySummary(300, 2.1, 4.5, 8.2, 12.0, window), null, 2));
  }

  /** Before the classifier's first observation. */
  public static NetworkView noNetwork() {
    return NetworkView.empty(UPDATED);
  }

  /**
   * Vantage a reaches etcd1 and etcd2 but times out on etcd3, vantage b is silent; etcd1 and etcd2 have lost
   * their raft links to etcd3, which has no leader: etcd3 is isolated, and a link fault of b resolved earlier.
   */
  public static NetworkView etcd3Isolated() {
    List<String> members = List.of("etcd1", "etcd2", "etcd3");
    Instant since = UPDATED.minusSeconds(6);
    ReachabilityMatrix reach = new ReachabilityMatrix(UPDATED, members, List.of(
        new ReachabilityMatrix.Row("a", "dc1", UPDATED, List.of(
            new ReachabilityCell.Reachable(1.25, PROBED), new ReachabilityCell.Reachable(2.5, PROBED),
            new ReachabilityCell.TimedOut(1000, since, PROBED))),
        new ReachabilityMatrix.Row("b", "dc2", UPDATED.minusSeconds(30), List.of(
            new ReachabilityCell.VantageSilent(UPDATED.minusSeconds(30)),
            new ReachabilityCell.VantageSilent(UPDATED.minusSeconds(30)),
            new ReachabilityCell.VantageSilent(UPDATED.minusSeconds(30))))));
    PeerCell up = new PeerCell(true, 1.6, 0L, 0L);
    PeerCell cut = new PeerCell(false, null, 42L, 0L);
    PeerMatrix peers = new PeerMatrix(UPDATED, members, List.of(
        new PeerMatrix.Row("etcd1", PROBED, Duration.ofSeconds(10), PROBED, true, "etcd1", 7L,
            List.of(PeerCell.UNKNOWN, up, cut)),
        new PeerMatrix.Row("etcd2", PROBED, Duration.ofSeconds(10), PROBED, true, "etcd1", 7L,
            List.of(up, PeerCell.UNKNOWN, cut)),
        new PeerMatrix.Row("etcd3", null, null, PROBED, false, null, 9L,
            List.of(PeerCell.UNKNOWN, PeerCell.UNKNOWN, PeerCell.UNKNOWN))));
    return new NetworkView(reach, peers, List.of(isolated()), List.of(new NetworkView.ResolvedVerdict(
        new PartitionVerdict("VANTAGE_LINK_FAULT:etcd2", PartitionVerdict.Kind.VANTAGE_LINK_FAULT,
            PartitionVerdict.Severity.WARNING, List.of("etcd2"), List.of("b"), List.of("dc2"), List.of(), 0,
            UPDATED.minusSeconds(600), "vantage b cannot reach etcd2's client port while a can"),
        UPDATED.minusSeconds(540))));
  }

  /** The verdict of {@link #etcd3Isolated()}. */
  public static PartitionVerdict isolated() {
    return new PartitionVerdict("MEMBER_ISOLATED:etcd3", PartitionVerdict.Kind.MEMBER_ISOLATED,
        PartitionVerdict.Severity.WARNING, List.of("etcd3"), List.of("a"), List.of(), List.of(
            new PartitionVerdict.Evidence(PartitionVerdict.Plane.PEER, "etcd1", "etcd3", "no connection", PROBED),
            new PartitionVerdict.Evidence(PartitionVerdict.Plane.LEADER, "etcd3", null, "no leader (term 9)",
                PROBED)),
        0, UPDATED.minusSeconds(3), "member etcd3 is cut off from its peers");
  }
}
