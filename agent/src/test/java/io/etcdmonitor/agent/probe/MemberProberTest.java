package io.etcdmonitor.agent.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.ProbeResult;
import io.grpc.Status;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemberProberTest {
  private final AtomicLong nanos = new AtomicLong();
  private final MemberProber prober = new MemberProber(Duration.ofMillis(800), nanos::get);
  private static final String URL = "http://127.0.0.1:2379";

  @Test
  void healthyMemberGivesStatusAndSubMillisecondTimings() {
    FakeEtcd etcd = new FakeEtcd()
        .onStatus(e -> {
          nanos.addAndGet(1_250_000);
          return CompletableFuture.completedFuture(FakeEtcd.status(7, 3));
        })
        .onRead(e -> {
          nanos.addAndGet(430_000);
          return CompletableFuture.completedFuture(null);
        });

    ProbeResult result = prober.probe(etcd.member(URL)).join();

    assertThat(result).isInstanceOfSatisfying(ProbeResult.Reachable.class, r -> {
      assertThat(r.status().leaderId()).isEqualTo(7);
      assertThat(r.statusLatencyMs()).isEqualTo(1.25);
      assertThat(r.read().ok()).isTrue();
      assertThat(r.read().latencyMs()).isEqualTo(0.43);
    });
  }

  @Test
  void refusedConnectionIsUnreachableWithTheReason() {
    FakeEtcd etcd = new FakeEtcd().onStatus(e -> CompletableFuture.failedFuture(
        Status.UNAVAILABLE.withDescription("io exception").withCause(new ConnectException("Connection refused"))
            .asRuntimeException()));

    ProbeResult result = prober.probe(etcd.member(URL)).join();

    assertThat(result).isEqualTo(new ProbeResult.Unreachable("unavailable: Connection refused"));
  }

  @Test
  void deadlineIsATimeoutNotAnUnreachableMember() {
    FakeEtcd etcd = new FakeEtcd().onStatus(e -> CompletableFuture.failedFuture(
        Status.DEADLINE_EXCEEDED.withDescription("CallOptions deadline exceeded after 0.8s").asRuntimeException()));

    ProbeResult result = prober.probe(etcd.member(URL)).join();

    assertThat(result).isEqualTo(new ProbeResult.TimedOut(800));
    assertThat(result.error()).isEqualTo("timed out after 800 ms");
  }

  @Test
  void memberThatAnswersStatusButCannotServeQuorumReadsIsReachableWithAFailedRead() {
    FakeEtcd etcd = new FakeEtcd()
        .onStatus(e -> CompletableFuture.completedFuture(FakeEtcd.status(0, 9)))
        .onRead(e -> CompletableFuture.failedFuture(Status.DEADLINE_EXCEEDED.asRuntimeException()));

    ProbeResult result = prober.probe(etcd.member(URL)).join();

    assertThat(result).isInstanceOfSatisfying(ProbeResult.Reachable.class, r -> {
      assertThat(r.read().ok()).isFalse();
      assertThat(r.read().error()).isEqualTo("timed out after 800 ms");
    });
  }

  @Test
  void grpcChannelInternalsAreLeftOutOfTheReason() {
    FakeEtcd etcd = new FakeEtcd().onStatus(e -> CompletableFuture.failedFuture(Status.UNAVAILABLE
        .withDescription("Connection closing while performing protocol negotiation for [NettyClientHandler#0, "
            + "WriteBufferingAndExceptionHandler#0, DefaultChannelPipeline$TailContext#0]")
        .asRuntimeException()));

    ProbeResult result = prober.probe(etcd.member(URL)).join();

    assertThat(result.error()).isEqualTo("unavailable: Connection closing while performing protocol negotiation");
  }
}
