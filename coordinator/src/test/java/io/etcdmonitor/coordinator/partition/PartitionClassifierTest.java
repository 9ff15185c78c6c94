package io.etcdmonitor.coordinator.partition;

import static io.etcdmonitor.protocol.PartitionVerdict.Kind.DATACENTER_SPLIT;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.MEMBER_DOWN;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.MEMBER_ISOLATED;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.MINORITY_PARTITION;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.QUORUM_LOST;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.SPLIT_LEADER_VIEW;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.VANTAGE_ISOLATED;
import static io.etcdmonitor.protocol.PartitionVerdict.Kind.VANTAGE_LINK_FAULT;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.ReachabilityCell;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per situation: the matrices of a small cluster, observed four times one second apart (enough
 * for every verdict to pass hysteresis, and for a leader disagreement to outlast a 3 s election), and the
 * verdicts a user must see, no more.
 */
class PartitionClassifierTest {

  /** What a verdict must say, in the classifier's order of members, vantages and datacenters. */
  record Expect(Kind kind, List<String> members, List<String> vantages, List<String> datacenters) {
    static Expect of(PartitionVerdict v) {
      return new Expect(v.kind(), v.members(), v.vantages(), v.datacenters());
    }
  }

  private static Expect verdict(Kind kind, List<String> members, List<String> vantages, List<String> dcs) {
    return new Expect(kind, members, vantages, dcs);
  }

  private static Arguments row(String name, Scenario scenario, Expect... expected) {
    return Arguments.of(name, scenario, List.of(expected));
  }

  static Stream<Arguments> situations() {
    List<String> none = List.of();
    List<String> m1m2 = List.of("m1", "m2");
    return Stream.of(
        row("healthy", Scenario.threeDatacenters()),
        row("one member down", Scenario.threeDatacenters().killed("m2"),
            verdict(MEMBER_DOWN, List.of("m2"), List.of("a", "b", "c"), List.of("dc2"))),
        row("member down without any peer figures", Scenario.threeDatacenters().noPeerFigures()
                .refused("a", "m3").refused("b", "m3").timedOut("c", "m3"),
            verdict(MEMBER_DOWN, List.of("m3"), List.of("a", "b", "c"), List.of("dc3"))),
        row("member isolated: peers fail to send to it, it has no leader, its client port answers",
            Scenario.threeDatacenters().cut("m2").leaderless("m2", 9),
            verdict(MEMBER_ISOLATED, List.of("m2"), none, List.of("dc2"))),
        row("member isolated, seen only as no leader (no peer figures)",
            Scenario.threeDatacenters().noPeerFigures().leaderless("m3", 7),
            verdict(MEMBER_ISOLATED, List.of("m3"), none, List.of("dc3"))),
        row("one vantage's link to m2 broken", Scenario.threeDatacenters().timedOut("a", "m2"),
            verdict(VANTAGE_LINK_FAULT, List.of("m2"), List.of("a"), List.of("dc1"))),
        row("two vantages' links to m2 broken, one still reaches it",
            Scenario.threeDatacenters().timedOut("a", "m2").refused("c", "m2"),
            verdict(VANTAGE_LINK_FAULT, List.of("m2"), List.of("a", "c"), List.of("dc1", "dc3"))),
        row("agent silent: no verdict about etcd", Scenario.threeDatacenters().silent("b")),
        row("agent silent while the others see m2 down: the silent one is no evidence either way",
            Scenario.threeDatacenters().killed("m2").silent("b"),
            verdict(MEMBER_DOWN, List.of("m2"), List.of("a", "c"), List.of("dc2"))),
        row("every agent silent: nothing is known, nothing is claimed",
            Scenario.threeDatacenters().silent("a").silent("b").silent("c")),
        row("vantage isolated: reaches no member while the others reach all",
            Scenario.threeDatacenters().timedOut("a", "m1", "m2", "m3"),
            verdict(VANTAGE_ISOLATED, none, List.of("a"), List.of("dc1"))),
        row("vantage isolated while m3 is down: the isolated vantage is left out of the member verdict",
            Scenario.threeDatacenters().killed("m3").timedOut("a", "m1", "m2"),
            verdict(MEMBER_DOWN, List.of("m3"), List.of("b", "c"), List.of("dc3")),
            verdict(VANTAGE_ISOLATED, none, List.of("a"), List.of("dc1"))),
        row("two of three down: quorum lost, and each dead member named",
            Scenario.threeDatacenters().killed("m2").killed("m3").leaderless("m1", 6),
            verdict(QUORUM_LOST, List.of("m1", "m2", "m3"), none, none),
            verdict(MEMBER_DOWN, List.of("m2"), List.of("a", "b", "c"), List.of("dc2")),
            verdict(MEMBER_DOWN, List.of("m3"), List.of("a", "b", "c"), List.of("dc3"))),
        row("every member cut from every other: quorum lost, not three isolated members",
            Scenario.threeDatacenters().cut("m1").cut("m2").cut("m3")
                .leaderless("m1", 8).leaderless("m2", 9).leaderless("m3", 7),
            verdict(QUORUM_LOST, List.of("m1", "m2", "m3"), none, none)),
        row("datacenter split 2+1: dc2 with m3 cut off from dc1",
            Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc2").cutBetween(m1m2, List.of("m3"))
                .timedOut("a", "m3").timedOut("b", "m1", "m2").leaderless("m3", 6),
            verdict(DATACENTER_SPLIT, List.of("m3"), List.of("a", "b"), List.of("dc2", "dc1"))),
        row("datacenter split seen from a third datacenter that still reaches both sides",
            Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc2 c@dc3").cutBetween(m1m2, List.of("m3"))
                .timedOut("a", "m3").timedOut("b", "m1", "m2").leaderless("m3", 6),
            verdict(DATACENTER_SPLIT, List.of("m3"), List.of("a", "b"), List.of("dc2", "dc1"))),
        row("datacenter split as the vantages see it within a second of a real cut (NetworkFaultsIT), before m3's"
                + " election timeout and the next scrape: one split, not a link fault per member",
            Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc2").timedOut("a", "m3").timedOut("b", "m1", "m2"),
            verdict(DATACENTER_SPLIT, List.of("m3"), List.of("a", "b"), List.of("dc2", "dc1"))),
        row("datacenter split on the vantage plane with three datacenters: dc3 cut from both others",
            Scenario.of("m1@dc1 m2@dc2 m3@dc3", "a@dc1 b@dc2 c@dc3").timedOut("a", "m3").timedOut("b", "m3")
                .timedOut("c", "m1", "m2"),
            verdict(DATACENTER_SPLIT, List.of("m3"), List.of("a", "b", "c"), List.of("dc3", "dc1", "dc2"))),
        row("links broken from dc1 to dc2 only, while dc2 reaches dc1: link faults, not a split",
            Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc2").timedOut("a", "m3"),
            verdict(VANTAGE_LINK_FAULT, List.of("m3"), List.of("a"), List.of("dc1"))),
        row("datacenter with no vantage cut off: indistinguishable from its member dying",
            Scenario.of("m1@dc1 m2@dc1 m3@dc2", "a@dc1 b@dc1").killed("m3"),
            verdict(MEMBER_DOWN, List.of("m3"), List.of("a", "b"), List.of("dc2"))),
        row("four members split 2+2 across datacenters: quorum lost, one split",
            Scenario.of("m1@dc1 m2@dc1 m3@dc2 m4@dc2", "a@dc1 b@dc2")
                .cutBetween(m1m2, List.of("m3", "m4"))
                .timedOut("a", "m3", "m4").timedOut("b", "m1", "m2")
                .leaderless("m1", 6).leaderless("m2", 6).leaderless("m3", 7).leaderless("m4", 7),
            verdict(QUORUM_LOST, List.of("m1", "m2", "m3", "m4"), none, none),
            verdict(DATACENTER_SPLIT, List.of("m1", "m2", "m3", "m4"), List.of("a", "b"), List.of("dc1", "dc2"))),
        row("minority partition of two in a five-member cluster",
            Scenario.of("m1 m2 m3 m4 m5", "a b").cutBetween(List.of("m1", "m2", "m3"), List.of("m4", "m5"))
                .leaderless("m4", 9).leaderless("m5", 9),
            verdict(MINORITY_PARTITION, List.of("m4", "m5"), none, none)),
        row("split leader view beyond the election window: m1 still leads term 5, m2 and m3 elected m3",
            Scenario.threeDatacenters().noPeerFigures().follows("m2", "m3", 6).follows("m3", "m3", 6),
            verdict(SPLIT_LEADER_VIEW, List.of("m1"), none, none)),
        row("stale leader that peers have lost is isolated, not a split view",
            Scenario.threeDatacenters().cut("m1").follows("m2", "m3", 6).follows("m3", "m3", 6),
            verdict(MEMBER_ISOLATED, List.of("m1"), none, List.of("dc1"))),
        row("learner cut off: isolated, quorum untouched",
            Scenario.of("m1 m2 m3 m4", "a b").learner("m4").cut("m4").leaderless("m4", 5),
            verdict(MEMBER_ISOLATED, List.of("m4"), none, none)),
        row("a member not probed yet is not down", Scenario.threeDatacenters()
            .cell("a", "m3", new ReachabilityCell.NotProbed(null))
            .cell("b", "m3", new ReachabilityCell.NotProbed(null))
            .cell("c", "m3", new ReachabilityCell.NotProbed(null))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void namesTheCauseAndNothingElse(String name, Scenario scenario, List<Expect> expected) {
    PartitionClassifier classifier = new PartitionClassifier(PartitionClassifier.Settings.defaults());
    List<PartitionVerdict> verdicts = List.of();
    for (int i = 0; i < 4; i++) {
      Instant now = Scenario.T0.plusSeconds(i);
      verdicts = classifier.classify(scenario.reach(now), scenario.peers(now), scenario.topology(), now);
    }

    assertThat(verdicts).extracting(Expect::of).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(verdicts).allSatisfy(v -> {
      assertThat(v.explanation()).isNotBlank().doesNotContain("\n");
      assertThat(v.evidence()).isNotEmpty();
      assertThat(v.since()).isEqualTo(Scenario.T0);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void oneObservationShortOfHysteresisShowsNothing(String name, Scenario scenario, List<Expect> expected) {
    PartitionClassifier classifier = new PartitionClassifier(PartitionClassifier.Settings.defaults());
    for (int i = 0; i < 2; i++) {
      Instant now = Scenario.T0.plusSeconds(i);
      assertThat(classifier.classify(scenario.reach(now), scenario.peers(now), scenario.topology(), now)).isEmpty();
    }
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
