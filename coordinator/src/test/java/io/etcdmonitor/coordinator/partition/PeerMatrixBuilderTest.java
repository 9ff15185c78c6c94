package io.etcdmonitor.coordinator.partition;

import static io.etcdmonitor.coordinator.partition.ReachabilityMatrixBuilderTest.M1;
import static io.etcdmonitor.coordinator.partition.ReachabilityMatrixBuilderTest.M2;
import static io.etcdmonitor.coordinator.partition.ReachabilityMatrixBuilderTest.M3;
import static io.etcdmonitor.coordinator.partition.ReachabilityMatrixBuilderTest.member;
import static io.etcdmonitor.coordinator.partition.ReachabilityMatrixBuilderTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.PeerCell;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeerMatrixBuilderTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private final PeerMatrixBuilder builder = new PeerMatrixBuilder(Duration.ofSeconds(30), Duration.ofSeconds(4));

  static MemberMetrics metrics(Instant at, Boolean hasLeader, Map<String, MemberMetrics.Peer> peers) {
    return new MemberMetrics(at, Duration.ofSeconds(10), "3.4.23", 0,
        new MemberMetrics.Raft(null, null, null, null, null, null, null, null, null, hasLeader, null, null, null,
            null, null, null, null, null),
        new MemberMetrics.Disk(null, null, null, null, null, null),
        new MemberMetrics.Storage(null, null, null),
        new MemberMetrics.Watches(null, null, null),
        new MemberMetrics.Grpc(null, null, null, null, null, null, null, null, null, null, null),
        new MemberMetrics.Process(null, null, null, null, null, null, null),
        peers);
  }

  static MemberMetrics.Peer peer(Boolean active, Double rttSeconds, Long sentFailuresInWindow) {
    return new MemberMetrics.Peer(active, rttSeconds, 1L, 40L, sentFailuresInWindow, 0L, 0L);
  }

  static ProbeReport status(long member, long leader, long term, Instant at) {
    MemberStatus status = new MemberStatus("3.4.23", leader, term, 100, 100, 20480, 16384, false, List.of());
    return new ProbeReport("a", "dc1", member, "http://m", at,
        new ProbeResult.Reachable(status, 1.0, ReadCheck.succeeded(0.5)));
  }

  @BeforeEach
  void threeMembers() {
    builder.members(List.of(member(M1, "m1"), member(M2, "m2"), member(M3, "m3")));
  }

  @Test
  void peersLabelledByHexIdLandInTheirMembersColumns() {
    builder.add(M1, metrics(T0, true, Map.of(
        "2222", peer(true, 0.0016, 0L),
        "fedcba9876543210", peer(false, null, 38L),
        "1111", peer(true, 0.001, 0L),
        "abcdef", peer(false, null, 5L),
        "not-hex", peer(true, null, 0L))), T0);

    PeerMatrix matrix = builder.matrix(T0);

    assertThat(matrix.members()).containsExactly("m1", "m2", "m3");
    assertThat(matrix.rows().get(0).cells()).containsExactly(
        PeerCell.UNKNOWN, new PeerCell(true, 1.6, 0L, 0L), new PeerCell(false, null, 38L, 0L));
    assertThat(matrix.rows().get(0).metricsAt()).isEqualTo(T0);
    assertThat(matrix.rows().get(0).window()).isEqualTo(Duration.ofSeconds(10));
    assertThat(matrix.rows().get(1).cells()).containsOnly(PeerCell.UNKNOWN);
  }

  @Test
  void staleFiguresAndStatusesAreLeftOut() {
    builder.add(M1, metrics(T0, true, Map.of("2222", peer(false, null, 38L))), T0);
    builder.add(status(M1, M1, 5, T0), T0);

    PeerMatrix.Row row = builder.matrix(T0.plusSeconds(31)).rows().get(0);

    assertThat(row.cells()).containsOnly(PeerCell.UNKNOWN);
    assertThat(row.metricsAt()).isNull();
    assertThat(row.statusAt()).isNull();
    assertThat(row.hasLeader()).isNull();
    assertThat(row.leader()).isNull();
    assertThat(row.term()).isNull();
  }

  @Test
  void leaderAndTermComeFromStatusWithTheLeaderNamed() {
    builder.add(status(M2, M3, 7, T0), T0);
    builder.add(status(M3, 0xabcdefL, 7, T0), T0);

    PeerMatrix matrix = builder.matrix(T0.plusSeconds(1));

    assertThat(matrix.rows().get(1)).extracting(PeerMatrix.Row::hasLeader, PeerMatrix.Row::leader,
        PeerMatrix.Row::term, PeerMatrix.Row::statusAt).containsExactly(true, "m3", 7L, T0);
    assertThat(matrix.rows().get(2).leader()).isEqualTo("abcdef");
  }

  @Test
  void theFresherOfStatusAndScrapeDecidesWhetherTheMemberHasALeader() {
    builder.add(status(M2, M1, 5, T0), T0);
    builder.add(M2, metrics(T0.plusSeconds(1), false, Map.of()), T0.plusSeconds(1));
    PeerMatrix.Row afterScrape = builder.matrix(T0.plusSeconds(1)).rows().get(1);
    assertThat(afterScrape.hasLeader()).isFalse();
    assertThat(afterScrape.leader()).isNull();
    assertThat(afterScrape.term()).isEqualTo(5L);

    builder.add(status(M2, 0, 9, T0.plusSeconds(2)), T0.plusSeconds(2));
    builder.add(status(M2, M1, 10, T0.plusSeconds(3)), T0.plusSeconds(3));
    PeerMatrix.Row afterStatus = builder.matrix(T0.plusSeconds(3)).rows().get(1);
    assertThat(afterStatus.hasLeader()).isTrue();
    assertThat(afterStatus.leader()).isEqualTo("m1");
    assertThat(afterStatus.term()).isEqualTo(10L);
  }

  @Test
  void aStatusNamingNoLeaderMeansNoLeader() {
    builder.add(status(M3, 0, 9, T0), T0);

    PeerMatrix.Row row = builder.matrix(T0).rows().get(2);

    assertThat(row.hasLeader()).isFalse();
    assertThat(row.leader()).isNull();
    assertThat(row.term()).isEqualTo(9L);
  }

  @Test
  void probesThatFailedSayNothingAboutTheLeader() {
    builder.add(status(M1, M1, 5, T0), T0);
    builder.add(refused("b", M1, T0.plusSeconds(1)), T0.plusSeconds(1));

    assertThat(builder.matrix(T0.plusSeconds(1)).rows().get(0).leader()).isEqualTo("m1");
  }

  @Test
  void anOlderScrapeDoesNotReplaceANewerOne() {
    builder.add(M1, metrics(T0.plusSeconds(10), true, Map.of("2222", peer(true, null, 0L))), T0.plusSeconds(10));
    builder.add(M1, metrics(T0, true, Map.of("2222", peer(false, null, 3L))), T0.plusSeconds(11));

    assertThat(builder.matrix(T0.plusSeconds(11)).rows().get(0).cells().get(1).active()).isTrue();
  }

  @Test
  void memberListChangesKeepWhatIsKnownOfMembersThatStay() {
    builder.add(status(M3, M3, 5, T0), T0);
    builder.add(M3, metrics(T0, true, Map.of("1111", peer(false, null, 2L))), T0);

    builder.members(List.of(member(M3, "m3"), member(M1, "m1")));
    PeerMatrix matrix = builder.matrix(T0);

    assertThat(matrix.members()).containsExactly("m3", "m1");
    assertThat(matrix.rows().get(0).leader()).isEqualTo("m3");
    assertThat(matrix.rows().get(0).cells()).containsExactly(PeerCell.UNKNOWN, new PeerCell(false, null, 2L, 0L));
    assertThat(matrix.rows().get(1).hasLeader()).isNull();
  }
}
