package io.etcdmonitor.coordinator.partition;

import static io.etcdmonitor.protocol.PartitionVerdict.Kind.MEMBER_DOWN;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.QUORUM_LOST;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.SPLIT_LEADER_VIEW;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.VANTAGE_ISOLATED;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.VANTAGE_LINK_FAULT;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Verdicts over a run of observations: hysteresis, faults that change shape, elections, and scale. */
class PartitionClassifierTimelineTest {
  private final PartitionClassifier classifier = new PartitionClassifier(PartitionClassifier.Settings.defaults());
  private Instant now = Scenario.T0;
  private int observations;

  private List<PartitionVerdict> observe(Scenario scenario) {
    now = Scenario.T0.plusSeconds(observations++);
    return classifier.classify(scenario.reach(now), scenario.peers(now), scenario.topology(), now);
  }

  private static List<Kind> kinds(List<PartitionVerdict> verdicts) {
    return verdicts.stream().map(PartitionVerdict::kind).toList();
  }

  @Test
  void oneLostProbeNeverRaisesAVerdict() {
    Scenario healthy = Scenario.threeDatacenters();
    Scenario m2Missed = Scenario.threeDatacenters().killed("m2");
    List<List<PartitionVerdict>> seen = new ArrayList<>();
    for (Scenario s : List.of(healthy, m2Missed, healthy, m2Missed, m2Missed, healthy, healthy, healthy)) {
      seen.add(observe(s));
    }
    assertThat(seen).allSatisfy(v -> assertThat(v).isEmpty());
  }

  @Test
  void threeObservationsInARowRaiseTheVerdictDatedFromTheFirst() {
    Scenario down = Scenario.threeDatacenters().killed("m2");

    assertThat(observe(down)).isEmpty();
    assertThat(observe(down)).isEmpty();
    List<PartitionVerdict> third = observe(down);

    assertThat(kinds(third)).containsExactly(MEMBER_DOWN);
    assertThat(third.get(0).since()).isEqualTo(Scenario.T0);
  }

  @Test
  void recoveryNeedsThreeCleanObservationsAndOneRelapseStartsTheCountAgain() {
    Scenario down = Scenario.threeDatacenters().killed("m2");
    Scenario healthy = Scenario.threeDatacenters();
    for (int i = 0; i < 3; i++) {
      observe(down);
    }

    assertThat(kinds(observe(healthy))).containsExactly(MEMBER_DOWN);
    assertThat(kinds(observe(healthy))).containsExactly(MEMBER_DOWN);
    assertThat(observe(down)).extracting(PartitionVerdict::since).containsExactly(Scenario.T0);
    assertThat(kinds(observe(healthy))).containsExactly(MEMBER_DOWN);
    assertThat(kinds(observe(healthy))).containsExactly(MEMBER_DOWN);
    assertThat(observe(healthy)).isEmpty();
  }

  @Test
  void aDatacenterCutSeenFirstByTheVantagesThenByRaftIsOneSplitFromTheFirstObservationWithoutLinkFaults() {
    List<String> dc1 = List.of("m1", "m2");
    Scenario vantagesOnly = Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc2")
        .timedOut("a", "m3").timedOut("b", "m1", "m2");
    Scenario bothPlanes = Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc2")
        .timedOut("a", "m3").timedOut("b", "m1", "m2").cutBetween(dc1, List.of("m3")).leaderless("m3", 6);
    List<List<PartitionVerdict>> seen = new ArrayList<>();
    for (Scenario s : List.of(vantagesOnly, vantagesOnly, bothPlanes, bothPlanes, bothPlanes)) {
      seen.add(observe(s));
    }

    assertThat(seen.subList(0, 2)).allSatisfy(v -> assertThat(v).isEmpty());
    assertThat(seen.subList(2, 5)).allSatisfy(v -> assertThat(v).singleElement().satisfies(split -> {
      assertThat(split.key()).isEqualTo("DATACENTER_SPLIT:dc1,dc2");
      assertThat(split.since()).isEqualTo(Scenario.T0);
    }));
    assertThat(seen.get(4).get(0).explanation()).contains("m1 and m2 fail to send to it", "m3 has no leader");
  }

  @Test
  void aDatacenterCutOnlyTheVantagesSeeSaysThatRaftStillLinksTheSides() {
    Scenario vantagesOnly = Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc2")
        .timedOut("a", "m3").timedOut("b", "m1", "m2");
    observe(vantagesOnly);
    observe(vantagesOnly);

    assertThat(observe(vantagesOnly)).singleElement().satisfies(split -> assertThat(split.explanation())
        .isEqualTo("datacenter dc2 (m3) is cut off from dc1: vantage a in dc1 cannot reach m3; vantage b in dc2"
            + " cannot reach dc1 either; m3 still has raft links to dc1 (etcd has not noticed yet, or only the"
            + " monitoring paths are cut); vantage b still reaches it"));
  }

  @Test
  void aNormalElectionIsNotASplitLeaderView() {
    Scenario electing = Scenario.threeDatacenters().noPeerFigures().leaderless("m1", 6).follows("m2", "m1", 5)
        .follows("m3", "m3", 6);
    Scenario stragglers = Scenario.threeDatacenters().noPeerFigures().follows("m1", "m3", 6).follows("m3", "m3", 6);
    Scenario elected = Scenario.threeDatacenters().noPeerFigures().follows("m1", "m3", 6).follows("m2", "m3", 6)
        .follows("m3", "m3", 6);
    List<List<PartitionVerdict>> seen = new ArrayList<>();
    for (Scenario s : List.of(electing, stragglers, elected, elected, elected, elected)) {
      seen.add(observe(s));
    }
    assertThat(seen).allSatisfy(v -> assertThat(v).isEmpty());
  }

  @Test
  void aLeaderDisagreementShowsOnlyOnceItOutlastsTheElectionWindow() {
    PartitionClassifier fast = new PartitionClassifier(new PartitionClassifier.Settings(3, 3, Duration.ofSeconds(3)));
    Scenario split = Scenario.threeDatacenters().noPeerFigures().follows("m2", "m3", 6).follows("m3", "m3", 6);
    List<Kind> shown = new ArrayList<>();
    for (int halfSeconds = 0; halfSeconds <= 6; halfSeconds++) {
      Instant at = Scenario.T0.plusMillis(500L * halfSeconds);
      List<PartitionVerdict> v = fast.classify(split.reach(at), split.peers(at), split.topology(), at);
      shown.add(v.isEmpty() ? null : v.get(0).kind());
    }
    assertThat(shown).containsExactly(null, null, null, null, null, null, SPLIT_LEADER_VIEW);
  }

  @Test
  void aLinkFaultThatBecomesADeadMemberIsNeverShownAlongsideIt() {
    Scenario linkFault = Scenario.threeDatacenters().timedOut("a", "m2");
    Scenario dead = Scenario.threeDatacenters().killed("m2");
    List<List<Kind>> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      seen.add(kinds(observe(linkFault)));
    }
    for (int i = 0; i < 6; i++) {
      seen.add(kinds(observe(dead)));
    }

    assertThat(seen.get(2)).containsExactly(VANTAGE_LINK_FAULT);
    assertThat(seen).allSatisfy(k -> assertThat(k).hasSizeLessThanOrEqualTo(1));
    assertThat(seen.get(seen.size() - 1)).containsExactly(MEMBER_DOWN);
  }

  @Test
  void aMemberWhosePeersStillTalkToItLongAfterTheVantagesLostItHasOnlyItsClientPortCut() {
    Scenario portCut = Scenario.threeDatacenters().refused("a", "m2").refused("b", "m2").refused("c", "m2")
        .failingFor(Duration.ofSeconds(20));
    List<PartitionVerdict> verdicts = List.of();
    for (int i = 0; i < 3; i++) {
      verdicts = observe(portCut);
    }

    assertThat(verdicts).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(VANTAGE_LINK_FAULT);
      assertThat(v.members()).containsExactly("m2");
      assertThat(v.vantages()).containsExactly("a", "b", "c");
      assertThat(v.explanation()).isEqualTo("member m2's client port answers no vantage (connection refused), yet"
          + " m1 and m3 still hold raft connections to it: the member runs, but its client port or the network"
          + " path from the monitor to it is broken");
    });
  }

  @Test
  void aKilledMemberThatRejoinsRaftBeforeItOpensItsClientPortStaysDownUntilItServesClients() {
    Scenario killed = Scenario.threeDatacenters().killed("m2");
    Scenario rejoining = Scenario.threeDatacenters().refused("a", "m2").refused("b", "m2").refused("c", "m2")
        .failingFor(Duration.ofSeconds(12));
    Scenario back = Scenario.threeDatacenters();
    List<List<PartitionVerdict>> seen = new ArrayList<>();
    for (Scenario s : List.of(killed, killed, killed, rejoining, rejoining, rejoining, rejoining, back, back, back)) {
      seen.add(observe(s));
    }

    assertThat(seen.subList(2, 9)).as("seen in NetworkFaultsIT: etcd connects to its peers seconds before it serves"
        + " clients").allSatisfy(v -> assertThat(v).singleElement().satisfies(down -> {
          assertThat(down.key()).isEqualTo("MEMBER_DOWN:m2");
          assertThat(down.since()).isEqualTo(Scenario.T0);
        }));
    assertThat(seen.get(6).get(0).explanation()).isEqualTo("member m2 is down for clients: none of 3 vantages"
        + " reaches it (connection refused), though m1 and m3 hold raft connections to it again: it is rejoining"
        + " and serves clients once it is ready");
    assertThat(seen.get(9)).isEmpty();
  }

  @Test
  void peerConnectionsReportedBeforeEtcdCouldNoticeTheLossDoNotSaveAMemberFromBeingDown() {
    Scenario justLost = Scenario.threeDatacenters().refused("a", "m2").refused("b", "m2").refused("c", "m2");
    Scenario scrapedEarly = Scenario.threeDatacenters().refused("a", "m2").refused("b", "m2").refused("c", "m2")
        .failingFor(Duration.ofSeconds(20)).metricsAge(Duration.ofSeconds(18));

    for (Scenario s : List.of(justLost, scrapedEarly)) {
      PartitionClassifier fresh = new PartitionClassifier(PartitionClassifier.Settings.defaults());
      List<PartitionVerdict> verdicts = List.of();
      for (int i = 0; i < 3; i++) {
        Instant at = Scenario.T0.plusSeconds(i);
        verdicts = fresh.classify(s.reach(at), s.peers(at), s.topology(), at);
      }
      assertThat(kinds(verdicts)).containsExactly(MEMBER_DOWN);
    }
  }

  @Test
  void theBriefsIsolatedMemberReadsAsOneSentence() {
    Scenario isolated = Scenario.threeDatacenters().cut("m2").leaderless("m2", 9);
    List<PartitionVerdict> verdicts = List.of();
    for (int i = 0; i < 3; i++) {
      verdicts = observe(isolated);
    }

    assertThat(verdicts).singleElement().extracting(PartitionVerdict::explanation).isEqualTo(
        "member m2 is cut off from its peers: m1 and m3 fail to send to it and m2 has no leader (the others follow"
            + " m1), while all 3 vantages still reach its client port");
  }

  @Test
  void mostSevereFirst() {
    Scenario twoDown = Scenario.threeDatacenters().killed("m2").killed("m3").leaderless("m1", 6);
    List<PartitionVerdict> verdicts = List.of();
    for (int i = 0; i < 3; i++) {
      verdicts = observe(twoDown);
    }
    assertThat(kinds(verdicts)).containsExactly(QUORUM_LOST, MEMBER_DOWN, MEMBER_DOWN);
  }

  @Test
  void aThousandVantagesMakeOneVerdictPerCauseWithBoundedEvidence() {
    String vantages = IntStream.range(0, 1000).mapToObj(i -> "v" + i + "@dc" + (i % 10))
        .collect(Collectors.joining(" "));
    Scenario s = Scenario.of("m1@dc0 m2@dc1 m3@dc2", vantages);
    IntStream.range(0, 999).forEach(i -> s.timedOut("v" + i, "m2"));
    IntStream.range(0, 10).forEach(i -> s.refused("v" + (i * 10 + 9), "m1", "m3"));
    List<PartitionVerdict> verdicts = List.of();
    for (int i = 0; i < 3; i++) {
      verdicts = observe(s);
    }

    assertThat(kinds(verdicts)).containsExactlyInAnyOrder(VANTAGE_LINK_FAULT, VANTAGE_ISOLATED);
    PartitionVerdict link = verdicts.stream().filter(v -> v.kind() == VANTAGE_LINK_FAULT).findFirst().orElseThrow();
    assertThat(link.vantages()).hasSize(989);
    assertThat(link.evidence()).hasSize(PartitionVerdict.MAX_EVIDENCE);
    assertThat(link.evidenceOmitted()).isEqualTo(989 + 1 - PartitionVerdict.MAX_EVIDENCE);
    assertThat(link.explanation()).startsWith("vantages v0, v1, v2, v3, v4 and 984 more cannot reach m2 (timed out"
        + " after 1000 ms) though they reach other members and vantage v999 reaches m2");
    PartitionVerdict isolated = verdicts.stream().filter(v -> v.kind() == VANTAGE_ISOLATED).findFirst()
        .orElseThrow();
    assertThat(isolated.vantages()).hasSize(10);
    assertThat(isolated.datacenters()).containsExactly("dc9");
  }
}
