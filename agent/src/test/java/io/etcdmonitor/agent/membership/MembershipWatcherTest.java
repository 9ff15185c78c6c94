package io.etcdmonitor.agent.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.AlarmReport;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MembershipReport;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MembershipWatcherTest {
  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final MembershipWatcher.Settings SETTINGS =
      new MembershipWatcher.Settings("v", "dc", Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(500));

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void reportsTheFailureThenTheMembersOnceEtcdAnswers() {
    AtomicInteger calls = new AtomicInteger();
    List<MemberInfo> members = List.of(FakeEtcd.member(1, "m1", 2379), FakeEtcd.member(2, "m2", 22379));
    FakeEtcd etcd = new FakeEtcd().onMemberList(() -> calls.incrementAndGet() <= 2
        ? CompletableFuture.failedFuture(Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException())
        : CompletableFuture.completedFuture(members));
    TestProbe<AgentReport> reports = testKit.createTestProbe();
    List<List<MemberInfo>> handedOver = new CopyOnWriteArrayList<>();

    testKit.spawn(MembershipWatcher.create(SETTINGS, etcd.cluster(List.of("http://x:1")), handedOver::add,
        reports.getRef(), Clock.systemUTC()));

    MembershipReport failed = (MembershipReport) reports.fishForMessage(Duration.ofSeconds(3),
        r -> r instanceof MembershipReport ? FishingOutcomes.complete() : FishingOutcomes.continueAndIgnore()).get(0);
    assertThat(failed.error()).isEqualTo("unavailable: connection refused");
    assertThat(failed.members()).isEmpty();

    MembershipReport ok = (MembershipReport) reports.fishForMessage(Duration.ofSeconds(5),
        r -> r instanceof MembershipReport m && m.error() == null
            ? FishingOutcomes.complete() : FishingOutcomes.continueAndIgnore()).get(0);
    assertThat(ok.members()).isEqualTo(members);
    assertThat(handedOver).contains(members);
  }

  @Test
  void followsMembersAddedLaterWithoutARestart() {
    List<MemberInfo> three = List.of(FakeEtcd.member(1, "m1", 2379), FakeEtcd.member(2, "m2", 22379),
        FakeEtcd.member(3, "m3", 32379));
    List<MemberInfo> four = new java.util.ArrayList<>(three);
    four.add(FakeEtcd.member(4, "m4", 42379));
    AtomicInteger calls = new AtomicInteger();
    FakeEtcd etcd = new FakeEtcd().onMemberList(
        () -> CompletableFuture.completedFuture(calls.incrementAndGet() < 3 ? three : four));
    List<List<MemberInfo>> handedOver = new CopyOnWriteArrayList<>();

    testKit.spawn(MembershipWatcher.create(SETTINGS, etcd.cluster(List.of("http://x:1")), handedOver::add,
        testKit.<AgentReport>createTestProbe().getRef(), Clock.systemUTC()));

    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> handedOver.contains(four));
    assertThat(handedOver.get(0)).isEqualTo(three);
  }

  @Test
  void publishesAlarmsEveryHealthInterval() {
    FakeEtcd etcd = new FakeEtcd()
        .onMemberList(() -> CompletableFuture.completedFuture(List.of(FakeEtcd.member(1, "m1", 2379))))
        .onAlarmList(() -> CompletableFuture.completedFuture(List.of(new Alarm(1, "NOSPACE"))));
    TestProbe<AgentReport> reports = testKit.createTestProbe();

    testKit.spawn(MembershipWatcher.create(SETTINGS, etcd.cluster(List.of("http://x:1")), m -> { },
        reports.getRef(), Clock.systemUTC()));

    AlarmReport alarms = (AlarmReport) reports.fishForMessage(Duration.ofSeconds(3),
        r -> r instanceof AlarmReport ? FishingOutcomes.complete() : FishingOutcomes.continueAndIgnore()).get(0);
    assertThat(alarms.alarms()).containsExactly(new Alarm(1, "NOSPACE"));
  }
}
