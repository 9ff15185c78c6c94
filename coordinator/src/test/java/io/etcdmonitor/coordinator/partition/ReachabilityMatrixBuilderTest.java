package io.etcdmonitor.coordinator.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReachabilityMatrixBuilderTest {
  static final long M1 = 0x1111L;
  static final long M2 = 0x2222L;
  static final long M3 = 0xfedcba9876543210L;
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private final ReachabilityMatrixBuilder builder = new ReachabilityMatrixBuilder(Duration.ofSeconds(4));

  static MemberInfo member(long id, String name) {
    return new MemberInfo(id, name, name.isEmpty() ? List.of() : List.of("http://" + name + ":2379"),
        List.of("http://" + id + ":2380"), false);
  }

  static ProbeReport up(String vantage, long member, Instant at, double latencyMs) {
    MemberStatus status = new MemberStatus("3.4.23", M1, 5, 100, 100, 20480, 16384, false, List.of());
    return new ProbeReport(vantage, "dc-" + vantage, member, "http://m", at,
        new ProbeResult.Reachable(status, latencyMs, ReadCheck.succeeded(0.5)));
  }

  static ProbeReport refused(String vantage, long member, Instant at) {
    return new ProbeReport(vantage, "dc-" + vantage, member, "http://m", at,
        new ProbeResult.Unreachable("connection refused"));
  }

  static ProbeReport timedOut(String vantage, long member, Instant at) {
    return new ProbeReport(vantage, "dc-" + vantage, member, "http://m", at, new ProbeResult.TimedOut(1000));
  }

  private void add(ProbeReport report) {
    builder.add(report, report.probedAt());
  }

  @BeforeEach
  void threeMembers() {
    builder.members(List.of(member(M1, "m1"), member(M2, "m2"), member(M3, "")));
  }

  @Test
  void eachCellHoldsTheLatestResultOfItsVantageAndMember() {
    add(up("b", M1, T0, 1.5));
    add(up("a", M1, T0, 0.7));
    add(refused("a", M2, T0));
    add(timedOut("a", M3, T0));
    add(up("a", M2, T0.plusSeconds(1), 0.9));

    ReachabilityMatrix matrix = builder.matrix(T0.plusSeconds(1));

    assertThat(matrix.members()).containsExactly("m1", "m2", "fedcba9876543210");
    assertThat(matrix.rows()).extracting(ReachabilityMatrix.Row::vantage).containsExactly("a", "b");
    assertThat(matrix.rows().get(0).datacenter()).isEqualTo("dc-a");
    assertThat(matrix.rows().get(0).cells()).containsExactly(
        new ReachabilityCell.Reachable(0.7, T0),
        new ReachabilityCell.Reachable(0.9, T0.plusSeconds(1)),
        new ReachabilityCell.TimedOut(1000, T0, T0));
    assertThat(matrix.rows().get(1).cells()).containsExactly(
        new ReachabilityCell.Reachable(1.5, T0), new ReachabilityCell.NotProbed(null),
        new ReachabilityCell.NotProbed(null));
  }

  @Test
  void aResultOlderThanTheOneHeldIsIgnored() {
    add(up("a", M1, T0.plusSeconds(2), 0.7));
    add(refused("a", M1, T0.plusSeconds(1)));

    assertThat(builder.matrix(T0.plusSeconds(2)).rows().get(0).cells().get(0).reached()).isTrue();
  }

  @Test
  void aRunOfFailuresKeepsItsStartUntilTheMemberAnswersAgain() {
    add(up("a", M2, T0, 1.0));
    add(refused("a", M2, T0.plusSeconds(1)));
    add(timedOut("a", M2, T0.plusSeconds(2)));
    assertThat(builder.matrix(T0.plusSeconds(2)).rows().get(0).cells().get(1))
        .isEqualTo(new ReachabilityCell.TimedOut(1000, T0.plusSeconds(1), T0.plusSeconds(2)));

    add(up("a", M2, T0.plusSeconds(3), 1.0));
    add(refused("a", M2, T0.plusSeconds(4)));
    assertThat(builder.matrix(T0.plusSeconds(4)).rows().get(0).cells().get(1))
        .isEqualTo(new ReachabilityCell.Unreachable("connection refused", T0.plusSeconds(4), T0.plusSeconds(4)));
  }

  @Test
  void aVantageSilentLongerThanTheLimitIsSilentForItsWholeRowUntilItReportsAgain() {
    add(up("a", M1, T0, 1.0));
    add(refused("a", M2, T0));
    add(up("b", M1, T0.plusSeconds(5), 1.0));

    ReachabilityMatrix matrix = builder.matrix(T0.plusSeconds(5));
    assertThat(matrix.rows().get(0).silent()).isTrue();
    assertThat(matrix.rows().get(0).cells()).containsOnly(new ReachabilityCell.VantageSilent(T0));
    assertThat(matrix.rows().get(0).lastReport()).isEqualTo(T0);
    assertThat(matrix.rows().get(1).silent()).isFalse();

    add(up("a", M1, T0.plusSeconds(6), 1.0));
    assertThat(builder.matrix(T0.plusSeconds(6)).rows().get(0).silent()).isFalse();
  }

  @Test
  void silenceIsJudgedByWhenTheCoordinatorHeardTheVantageNotByTheAgentsClock() {
    Instant agentClockBehind = T0.minusSeconds(60);
    builder.add(up("a", M1, agentClockBehind, 1.0), T0);

    assertThat(builder.matrix(T0.plusSeconds(1)).rows().get(0).cells().get(0))
        .isEqualTo(new ReachabilityCell.Reachable(1.0, agentClockBehind));
  }

  @Test
  void aCellNotRefreshedWhileItsVantageReportsOtherMembersIsNotProbed() {
    add(refused("a", M2, T0));
    add(up("a", M1, T0.plusSeconds(5), 1.0));

    assertThat(builder.matrix(T0.plusSeconds(5)).rows().get(0).cells().get(1))
        .isEqualTo(new ReachabilityCell.NotProbed(T0));
  }

  @Test
  void memberListChangesKeepResultsOfMembersThatStay() {
    add(up("a", M1, T0, 1.0));
    add(refused("a", M2, T0));
    add(timedOut("a", M3, T0));

    builder.members(List.of(member(M3, "m3"), member(M1, "m1"), member(0x4444L, "m4")));
    ReachabilityMatrix matrix = builder.matrix(T0);

    assertThat(matrix.members()).containsExactly("m3", "m1", "m4");
    assertThat(matrix.rows().get(0).cells()).containsExactly(
        new ReachabilityCell.TimedOut(1000, T0, T0), new ReachabilityCell.Reachable(1.0, T0),
        new ReachabilityCell.NotProbed(null));
  }

  @Test
  void reportsAboutUnknownMembersAreDroppedButShowTheVantageIsAlive() {
    add(up("a", M1, T0, 1.0));
    add(refused("a", 0x9999L, T0.plusSeconds(5)));

    ReachabilityMatrix.Row row = builder.matrix(T0.plusSeconds(5)).rows().get(0);
    assertThat(row.silent()).isFalse();
    assertThat(row.cells()).hasSize(3);
  }

  @Test
  void aRemovedVantageLeavesTheMatrix() {
    add(up("a", M1, T0, 1.0));
    add(up("b", M1, T0, 1.0));
    builder.removeVantage("a");

    assertThat(builder.matrix(T0).rows()).extracting(ReachabilityMatrix.Row::vantage).containsExactly("b");
  }
}
