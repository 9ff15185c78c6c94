package io.etcdmonitor.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.agent.scrape.MetricsScraper;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.ProbeReport;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.LoggingTestKit;
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
        new MemberProbe.Settings("v", "dc", Duration.ofMillis(50), Duration.ofMillis(500), Map.of()),
        new MetricsScraper.Settings("v", Duration.ofHours(1), Map.of(), Map.of()), new FakeEtcd(),
        url -> new CompletableFuture<>(), reports.getRef(), Clock.systemUTC()));

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

  @Test
  void scrapesEveryMemberOfTheListAtItsConfiguredOrClientUrl() {
    List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
    testKit.spawn(ProbeSupervisor.create(
        new MemberProbe.Settings("v", "dc", Duration.ofHours(1), Duration.ofMillis(500), Map.of()),
        new MetricsScraper.Settings("v", Duration.ofHours(1), Map.of("m2", "http://127.0.0.1:22381/metrics"), Map.of()),
        new FakeEtcd(), url -> {
          fetched.add(url);
          return new CompletableFuture<>();
        }, testKit.<AgentReport>createTestProbe().getRef(), Clock.systemUTC()))
        .tell(new ProbeSupervisor.MembersChanged(
            List.of(FakeEtcd.member(1, "m1", 2379), FakeEtcd.member(2, "m2", 22379))));

    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(fetched)
        .containsExactlyInAnyOrder("http://127.0.0.1:2379/metrics", "http://127.0.0.1:22381/metrics"));
  }

  @Test
  void warnsOnceAboutAConfiguredNameThatIsNotAMember() {
    ActorRef<ProbeSupervisor.Command> supervisor = testKit.spawn(ProbeSupervisor.create(
        new MemberProbe.Settings("v", "dc", Duration.ofHours(1), Duration.ofMillis(500),
            Map.of("m1", "http://127.0.0.1:40001", "m9", "http://127.0.0.1:40009")),
        new MetricsScraper.Settings("v", Duration.ofHours(1), Map.of(), Map.of()), new FakeEtcd(),
        url -> new CompletableFuture<>(), testKit.<AgentReport>createTestProbe().getRef(), Clock.systemUTC()));
    List<MemberInfo> members = List.of(FakeEtcd.member(1, "m1", 2379), FakeEtcd.member(2, "m2", 22379));

    LoggingTestKit.warn("client_urls names member m9, which is not in the member list (m1, m2); it has no effect")
        .expect(testKit.system(), () -> {
          supervisor.tell(new ProbeSupervisor.MembersChanged(members));
          return null;
        });
    LoggingTestKit.warn("client_urls names member m9").withOccurrences(0)
        .expect(testKit.system(), () -> {
          supervisor.tell(new ProbeSupervisor.MembersChanged(members));
          return null;
        });
  }

  private static Set<Long> membersReported(TestProbe<AgentReport> reports, int n) {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      ids.add(reports.expectMessageClass(ProbeReport.class).memberId());
    }
    return ids;
  }
}
