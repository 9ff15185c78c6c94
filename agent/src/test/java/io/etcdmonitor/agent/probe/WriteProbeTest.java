package io.etcdmonitor.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.WriteProbeReport;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WriteProbeTest {
  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void overwritesOneKeyOfItsOwnAndDeletesItWhenStopped() {
    List<String> keys = new CopyOnWriteArrayList<>();
    FakeEtcd etcd = new FakeEtcd().onPut(key -> {
      keys.add(key);
      return CompletableFuture.completedFuture(null);
    });
    TestProbe<AgentReport> reports = testKit.createTestProbe();

    ActorRef<WriteProbe.Command> probe = testKit.spawn(WriteProbe.create("host-a", Duration.ofMillis(50),
        Duration.ofSeconds(1), etcd.cluster(List.of("http://x:1")), reports.getRef(), Clock.systemUTC()));
    WriteProbeReport first = reports.expectMessageClass(WriteProbeReport.class);
    reports.expectMessageClass(WriteProbeReport.class);
    testKit.stop(probe);

    assertThat(first.ok()).isTrue();
    assertThat(first.vantage()).isEqualTo("host-a");
    assertThat(first.latencyMs()).isGreaterThanOrEqualTo(0.0);
    assertThat(keys).hasSizeGreaterThanOrEqualTo(2).containsOnly("/etcd-monitor/probe/host-a");
    assertThat(etcd.deleted).containsExactly("/etcd-monitor/probe/host-a");
  }

  @Test
  void aFailedPutIsReportedNotThrown() {
    FakeEtcd etcd = new FakeEtcd().onPut(key -> CompletableFuture.failedFuture(
        Status.RESOURCE_EXHAUSTED.withDescription("etcdserver: mvcc: database space exceeded").asRuntimeException()));
    TestProbe<AgentReport> reports = testKit.createTestProbe();

    testKit.spawn(WriteProbe.create("host-a", Duration.ofMillis(50), Duration.ofSeconds(1),
        etcd.cluster(List.of("http://x:1")), reports.getRef(), Clock.systemUTC()));

    assertThat(reports.expectMessageClass(WriteProbeReport.class).error())
        .isEqualTo("resource_exhausted: etcdserver: mvcc: database space exceeded");
  }
}
