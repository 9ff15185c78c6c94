package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.LeaderChange;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Instant;
import java.util.List;

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
        ReadCheck.succeeded(readMs), PROBED, info.clientUrls().get(0));
  }

  /** Unreachable now; its last Status answer is kept. */
  public static MemberView down(long id, int n, long formerLeader, String error) {
    MemberInfo info = info(id, n);
    return new MemberView(info, false, false, status(formerLeader), null, error,
        ReadCheck.failed(5000.0, "context deadline exceeded"), PROBED, info.clientUrls().get(0));
  }

  /** Started, but no probe has ever had an answer. */
  public static MemberView neverAnswered(long id, int n, String error) {
    MemberInfo info = info(id, n);
    return new MemberView(info, false, false, null, null, error, null, PROBED, info.clientUrls().get(0));
  }

  /** Added with {@code etcdctl member add} but not started: no name, no client URL, no endpoint. */
  public static MemberView notStarted(long id) {
    MemberInfo info = new MemberInfo(id, "", List.of(), List.of("http://127.0.0.1:2480"), true);
    return new MemberView(info, false, false, null, null, null, null, null, null);
  }

  public static ClusterView healthy() {
    return new ClusterView(UPDATED, true, true, List.of(), ID1, 3, 3, 3, 2, 2,
        List.of(new LeaderChange(UPDATED.minusSeconds(600), MemberIds.NONE, ID2, 6),
            new LeaderChange(UPDATED.minusSeconds(300), ID2, ID1, 7)),
        List.of(),
        List.of(up(ID1, 1, ID1, 0.612), up(ID2, 2, ID1, 0.7), up(ID3, 3, ID1, 0.8)));
  }

  /** Three members, all reachable, none leading. */
  public static ClusterView noLeader() {
    return new ClusterView(UPDATED, true, false, List.of("no leader"), MemberIds.NONE, 3, 3, 3, 2, 2,
        List.of(new LeaderChange(UPDATED.minusSeconds(30), ID1, MemberIds.NONE, 8)), List.of(),
        List.of(up(ID1, 1, MemberIds.NONE, 1.0), up(ID2, 2, MemberIds.NONE, 1.0), up(ID3, 3, MemberIds.NONE, 1.0)));
  }

  /** Two of three members down: the survivor still remembers the old leader but cannot reach a quorum. */
  public static ClusterView quorumLost() {
    return new ClusterView(UPDATED, true, false, List.of("no leader", "quorum lost: 1/3 members reachable"),
        MemberIds.NONE, 3, 3, 1, 2, 1, List.of(), List.of(),
        List.of(up(ID1, 1, MemberIds.NONE, 1.0),
            down(ID2, 2, ID2, "connection refused"),
            neverAnswered(ID3, 3, "connection refused")));
  }

  /** Healthy, led by the high-bit member, with a NOSPACE alarm on it. */
  public static ClusterView highBitLeaderWithAlarm() {
    return new ClusterView(UPDATED, true, true, List.of(), ID3, 3, 3, 3, 2, 1,
        List.of(new LeaderChange(UPDATED.minusSeconds(60), ID1, ID3, 9)),
        List.of(new Alarm(ID3, "NOSPACE"), new Alarm(0x1234L, "CORRUPT")),
        List.of(up(ID1, 1, ID3, 1.0), up(ID2, 2, ID3, 1.0), up(ID3, 3, ID3, 1.0)));
  }
}
