package io.etcdmonitor.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ManualTime;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MemberProbeTest {
  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final MemberProbe.Settings SETTINGS =
      new MemberProbe.Settings("host-a", "dc1", Duration.ofMillis(100), Duration.ofMillis(500), Map.of());

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void publishesOneReportPerIntervalNamingVantageAndMember() {
    FakeEtcd etcd = new FakeEtcd();
    TestProbe<AgentReport> reports = testKit.createTestProbe();
    MemberInfo m1 = FakeEtcd.member(0xfedcba9876543210L, "m1", 2379);

    testKit.spawn(MemberProbe.create(m1, SETTINGS, etcd, reports.getRef(), Clock.systemUTC()));

    ProbeReport first = reports.expectMessageClass(ProbeReport.class);
    ProbeReport second = reports.expectMessageClass(ProbeReport.class);
    assertThat(first.vantage()).isEqualTo("host-a");
    assertThat(first.datacenter()).isEqualTo("dc1");
    assertThat(first.memberId()).isEqualTo(0xfedcba9876543210L);
    assertThat(first.endpoint()).isEqualTo("http://127.0.0.1:2379");
    assertThat(first.result().reachable()).isTrue();
    assertThat(second.probedAt()).isAfter(first.probedAt());
  }

  @Test
  void memberAddedButNotStartedIsReportedWithoutCallingIt() {
    FakeEtcd etcd = new FakeEtcd();
    TestProbe<AgentReport> reports = testKit.createTestProbe();
    MemberInfo added = new MemberInfo(42, "", List.of(), List.of("http://127.0.0.1:2480"), false);

    testKit.spawn(MemberProbe.create(added, SETTINGS, etcd, reports.getRef(), Clock.systemUTC()));

    ProbeReport report = reports.expectMessageClass(ProbeReport.class);
    assertThat(report.result()).isInstanceOf(ProbeResult.Unreachable.class);
    assertThat(report.result().error()).contains("has not started");
    assertThat(etcd.clientsCreated).isEmpty();
  }

  @Test
  void neverStacksProbesOnAMemberThatDoesNotAnswer() {
    CompletableFuture<MemberStatus> never = new CompletableFuture<>();
    FakeEtcd etcd = new FakeEtcd().onStatus(e -> never);
    TestProbe<AgentReport> reports = testKit.createTestProbe();

    testKit.spawn(MemberProbe.create(FakeEtcd.member(1, "m1", 3379), SETTINGS, etcd, reports.getRef(),
        Clock.systemUTC()));

    reports.expectNoMessage(Duration.ofMillis(600));
    assertThat(etcd.statusCallsTo("http://127.0.0.1:3379")).isEqualTo(1);
  }

  @Test
  void aTickMissedWhileAProbeRanIsMadeUpAsSoonAsItEndsNotAtTheNextTick() {
    ActorTestKit manual = ActorTestKit.create(ManualTime.config());
    try {
      CompletableFuture<MemberStatus> slow = new CompletableFuture<>();
      AtomicInteger calls = new AtomicInteger();
      FakeEtcd etcd = new FakeEtcd().onStatus(e -> calls.incrementAndGet() == 1 ? slow
          : CompletableFuture.completedFuture(FakeEtcd.status(1, 2)));
      TestProbe<AgentReport> reports = manual.createTestProbe();
      manual.spawn(MemberProbe.create(FakeEtcd.member(1, "m1", 2379), new MemberProbe.Settings("host-a", "dc1",
          Duration.ofSeconds(1), Duration.ofSeconds(1), Map.of()), etcd, reports.getRef(), Clock.systemUTC()));
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> calls.get() == 1);

      ManualTime.get(manual.system()).timePasses(Duration.ofMillis(1500));
      slow.complete(FakeEtcd.status(1, 2));

      reports.expectMessageClass(ProbeReport.class);
      reports.expectMessageClass(ProbeReport.class);
      assertThat(calls.get()).as("the probe missed at 1 s ran without waiting for the tick at 2 s").isEqualTo(2);
    } finally {
      manual.shutdownTestKit();
    }
  }

  @Test
  void followsTheMemberToItsNewClientUrl() {
    FakeEtcd etcd = new FakeEtcd();
    TestProbe<AgentReport> reports = testKit.createTestProbe();
    ActorRef<MemberProbe.Command> probe = testKit.spawn(MemberProbe.create(FakeEtcd.member(5, "m5", 4379), SETTINGS,
        etcd, reports.getRef(), Clock.systemUTC()));
    reports.expectMessageClass(ProbeReport.class);

    probe.tell(new MemberProbe.MemberUpdated(FakeEtcd.member(5, "m5", 5379)));

    reports.fishForMessage(Duration.ofSeconds(3), r -> "http://127.0.0.1:5379".equals(((ProbeReport) r).endpoint())
        ? org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes.complete()
        : org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes.continueAndIgnore());
  }

  @Test
  void probesAMemberAtTheUrlConfiguredForItsNameInsteadOfTheAdvertisedOne() {
    FakeEtcd etcd = new FakeEtcd();
    TestProbe<AgentReport> reports = testKit.createTestProbe();
    MemberProbe.Settings throughProxy = new MemberProbe.Settings("host-b", "dc2", Duration.ofMillis(100),
        Duration.ofMillis(500), Map.of("m2", "http://127.0.0.1:40001"));
    ActorRef<MemberProbe.Command> probe = testKit.spawn(MemberProbe.create(FakeEtcd.member(2, "m2", 2379),
        throughProxy, etcd, reports.getRef(), Clock.systemUTC()));

    assertThat(reports.expectMessageClass(ProbeReport.class).endpoint()).isEqualTo("http://127.0.0.1:40001");
    probe.tell(new MemberProbe.MemberUpdated(FakeEtcd.member(2, "m2", 5379)));
    assertThat(reports.expectMessageClass(ProbeReport.class).endpoint())
        .as("a new advertised URL does not override the configured one").isEqualTo("http://127.0.0.1:40001");
    assertThat(etcd.statusCallsTo("http://127.0.0.1:2379")).isZero();
    assertThat(etcd.clientsCreated).containsOnlyKeys("http://127.0.0.1:40001");
  }
}
