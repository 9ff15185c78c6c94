package io.etcdmonitor.coordinator.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.NetworkView;
import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionDetectorTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final List<MemberInfo> MEMBERS = List.of(member(1, "m1"), member(2, "m2"), member(3, "m3"));
  private static final MemberStatus FOLLOWING_M1 =
      new MemberStatus("3.4.23", 1, 5, 100, 100, 20480, 16384, false, List.of());

  private final PartitionDetector detector = new PartitionDetector(Duration.ofSeconds(4), Duration.ofSeconds(30),
      new PartitionClassifier.Settings(3, 3, Duration.ofSeconds(3)), 2, Map.of(), T0);
  private Instant t = T0;

  @Test
  void beforeAnyObservationTheMatricesAreEmpty() {
    NetworkView view = detector.latest();

    assertThat(view.reachability().rows()).isEmpty();
    assertThat(view.active()).isEmpty();
  }

  @Test
  void aMemberEveryVantageFailsIsDownAfterThreeObservationsAndResolvesIntoTheHistory() {
    detector.members(MEMBERS);

    for (int i = 0; i < 3; i++) {
      second(false);
    }
    NetworkView down = detector.latest();
    assertThat(down.active()).extracting(PartitionVerdict::key).containsExactly("MEMBER_DOWN:m3");
    assertThat(down.reachability().rows()).extracting(r -> r.cells().get(2))
        .allSatisfy(cell -> assertThat(cell).isInstanceOf(ReachabilityCell.Unreachable.class));

    for (int i = 0; i < 3; i++) {
      second(true);
    }
    NetworkView healed = detector.latest();
    assertThat(healed.active()).isEmpty();
    assertThat(healed.history()).singleElement().satisfies(resolved -> {
      assertThat(resolved.verdict().key()).isEqualTo("MEMBER_DOWN:m3");
      assertThat(resolved.resolvedAt()).isEqualTo(t);
    });
  }

  @Test
  void theHistoryKeepsOnlyTheNewestResolvedVerdicts() {
    detector.members(MEMBERS);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 3; i++) {
        second(false);
      }
      for (int i = 0; i < 3; i++) {
        second(true);
      }
    }

    assertThat(detector.latest().history()).hasSize(2)
        .extracting(NetworkView.ResolvedVerdict::resolvedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void configuredMemberDatacentersTurnACutBetweenDatacentersIntoADatacenterSplit() {
    PartitionDetector withDatacenters = new PartitionDetector(Duration.ofSeconds(4), Duration.ofSeconds(30),
        new PartitionClassifier.Settings(3, 3, Duration.ofSeconds(3)), 2,
        Map.of("m1", "dc1", "m2", "dc1", "m3", "dc2"), T0);
    withDatacenters.members(MEMBERS);
    detector.members(MEMBERS);

    for (int i = 0; i < 3; i++) {
      t = t.plusSeconds(1);
      for (PartitionDetector d : List.of(withDatacenters, detector)) {
        dc2CutOff(d);
        d.observe(t);
      }
    }

    assertThat(withDatacenters.latest().active()).singleElement().satisfies(split -> {
      assertThat(split.key()).isEqualTo("DATACENTER_SPLIT:dc1,dc2");
      assertThat(split.members()).containsExactly("m3");
    });
    assertThat(detector.latest().active()).extracting(PartitionVerdict::key)
        .as("without member datacenters the same cut reads as one isolated member and broken links")
        .contains("MEMBER_ISOLATED:m3").doesNotContain("DATACENTER_SPLIT:dc1,dc2");
  }

  /** Vantage a (dc1) reaches m1 and m2 only, b (dc2) reaches m3 only, and m3 has lost its leader. */
  private void dc2CutOff(PartitionDetector d) {
    MemberStatus leaderless = new MemberStatus("3.4.23", 0, 9, 100, 100, 20480, 16384, false, List.of());
    for (MemberInfo m : MEMBERS) {
      boolean inDc2 = m.id() == 3;
      ProbeResult reached = new ProbeResult.Reachable(inDc2 ? leaderless : FOLLOWING_M1, 0.8,
          ReadCheck.succeeded(0.5));
      ProbeResult lost = new ProbeResult.TimedOut(1000);
      d.add(new ProbeReport("a", "dc1", m.id(), "http://" + m.name(), t, inDc2 ? lost : reached), t);
      d.add(new ProbeReport("b", "dc2", m.id(), "http://" + m.name(), t, inDc2 ? reached : lost), t);
    }
  }

  /** One probe interval: both vantages probe every member; m3 answers only when {@code m3Up}. */
  private void second(boolean m3Up) {
    t = t.plusSeconds(1);
    for (String vantage : List.of("a", "b")) {
      for (MemberInfo m : MEMBERS) {
        boolean up = m.id() != 3 || m3Up;
        ProbeResult result = up ? new ProbeResult.Reachable(FOLLOWING_M1, 0.8, ReadCheck.succeeded(0.5))
            : new ProbeResult.Unreachable("connection refused");
        detector.add(new ProbeReport(vantage, "dc1", m.id(), "http://" + m.name(), t, result), t);
      }
    }
    detector.observe(t);
  }

  private static MemberInfo member(long id, String name) {
    return new MemberInfo(id, name, List.of("http://" + name + ":2379"), List.of("http://" + name + ":2380"), false);
  }
}
