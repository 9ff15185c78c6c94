package io.etcdmonitor.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.ProbeReport;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ProbeSupervisorTest {
  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void probesExactlyTheMembersOfTheLatestList() {
    TestProbe<AgentReport> reports = testKit.createTestProbe();
    ActorRef<ProbeSupervisor.Command> supervisor = testKit.spawn(ProbeSupervisor.create(
        new MemberProbe.Settings("v", "dc", Duration.ofMillis(50), Duration.ofMillis(500)), new FakeEtcd(),
        reports.getRef(), Clock.systemUTC()));

    supervisor.tell(new ProbeSupervisor.MembersChanged(
        List.of(FakeEtcd.member(1, "m1", 2379), FakeEtcd.member(2, "m2", 22379))));
    assertThat(membersReported(reports, 20)).containsExactlyInAnyOrder(1L, 2L);

    supervisor.tell(new ProbeSupervisor.MembersChanged(
        List.of(FakeEtcd.member(2, "m2", 22379), FakeEtcd.member(3, "m3", 32379))));
    reports.fishForMessage(Duration.ofSeconds(3), r -> ((ProbeReport) r).memberId() == 3
        ? org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes.complete()
        : org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes.continueAndIgnore());
    assertThat(membersReported(reports, 20)).containsExactlyInAnyOrder(2L, 3L);
  }

  private static Set<Long> membersReported(TestProbe<AgentReport> reports, int n) {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      ids.add(reports.expectMessageClass(ProbeReport.class).memberId());
    }
    return ids;
  }
}
