package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
  private static final long START = 1_000_000_000L;
  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  private final FakeClock clock = new FakeClock(START);

  @Test
  void closedLoopKeepsTheInFlightLimitAndSendsTheNextAsOneCompletes() {
    SimulatedEtcd etcd = new SimulatedEtcd(clock, sent -> sent + MS);

    LoadGenerator.Outcome outcome = etcd.run(closedLoop(1_000, 8, etcd::request));

    assertThat(etcd.maxInFlight()).isEqualTo(8);
    assertThat(etcd.sends()).hasSize(1_000);
    assertThat(etcd.sends().get(8).sentAt()).isEqualTo(START + MS);
    assertThat(outcome.succeeded()).isEqualTo(1_000);
    assertThat(outcome.endNanos() - outcome.startNanos()).isEqualTo(125 * MS);
    assertThat(outcome.uncorrected().p99Nanos()).isEqualTo(MS);
    assertThat(outcome.corrected()).isEqualTo(outcome.uncorrected());
  }

  @Test
  void requestsThatCompleteAtOnceDoNotRecurse() {
    LoadGenerator generator = closedLoop(200_000, 16, i -> CompletableFuture.completedFuture("ok"));

    generator.start();

    assertThat(generator.outcome()).isCompleted();
    assertThat(generator.outcome().join().succeeded()).isEqualTo(200_000);
  }

  @Test
  void openLoopSendsEachRequestAtItsIntendedStart() {
    SimulatedEtcd etcd = new SimulatedEtcd(clock, sent -> sent + MS / 2);

    LoadGenerator.Outcome outcome = etcd.run(openLoop(100, 4, 1_000, etcd::request));

    assertThat(etcd.sends()).allSatisfy(send -> assertThat(send.sentAt()).isEqualTo(START + send.index() * MS));
    assertThat(outcome.corrected().maxNanos()).isEqualTo(MS / 2);
    assertThat(outcome.uncorrected().maxNanos()).isEqualTo(MS / 2);
  }

  @Test
  void aQueuedRequestIsTimedFromItsIntendedStartNotFromItsSend() {
    SimulatedEtcd etcd = new SimulatedEtcd(clock, sent -> sent + 3 * MS);

    LoadGenerator.Outcome outcome = etcd.run(openLoop(10, 1, 1_000, etcd::request));

    assertThat(etcd.sends()).extracting(SimulatedEtcd.Send::sentAt)
        .containsExactly(START, START + 3 * MS, START + 6 * MS, START + 9 * MS, START + 12 * MS, START + 15 * MS,
            START + 18 * MS, START + 21 * MS, START + 24 * MS, START + 27 * MS);
    assertThat(outcome.uncorrected().minNanos()).isEqualTo(3 * MS);
    assertThat(outcome.uncorrected().maxNanos()).isEqualTo(3 * MS);
    assertThat(outcome.corrected().minNanos()).isEqualTo(3 * MS);
    assertThat(outcome.corrected().maxNanos()).isEqualTo((27 + 3 - 9) * MS);
    assertThat(outcome.corrected().meanNanos()).isEqualTo(12.0 * MS);
  }

  @Test
  void aStallShowsInTheCorrectedP99AndHidesFromTheUncorrectedOne() {
    long stallStart = START + 1_000 * MS;
    long stallEnd = START + 2_000 * MS;
    SimulatedEtcd etcd = new SimulatedEtcd(clock,
        sent -> sent < stallEnd && sent + MS > stallStart ? stallEnd : sent + MS);

    LoadGenerator.Outcome outcome = etcd.run(openLoop(3_000, 10, 1_000, etcd::request));

    assertThat(outcome.succeeded()).isEqualTo(3_000);
    assertThat(outcome.corrected().p99Nanos()).isGreaterThan(950 * MS);
    assertThat(outcome.corrected().p50Nanos()).isBetween(MS, MS + MS / 1_000);
    assertThat(outcome.uncorrected().p99Nanos()).isLessThanOrEqualTo(MS + MS / 100);
    assertThat(outcome.uncorrected().maxNanos()).isGreaterThan(990 * MS);
    assertThat(outcome.corrected().distribution().get(LatencyBucket.OVER_500MS.ordinal()).count())
        .isBetween(500L, 600L);
    assertThat(outcome.uncorrected().distribution().get(LatencyBucket.OVER_500MS.ordinal()).count())
        .isEqualTo(10);
  }

  @Test
  void aClosedLoopHidesTheSameStall() {
    long stallStart = START + 1_000 * MS;
    long stallEnd = START + 2_000 * MS;
    SimulatedEtcd etcd = new SimulatedEtcd(clock,
        sent -> sent < stallEnd && sent + MS > stallStart ? stallEnd : sent + MS);

    LoadGenerator.Outcome outcome = etcd.run(new LoadGenerator(
        new LoadGenerator.Plan(Long.MAX_VALUE, 3_000 * MS, 1, 0), clock, etcd::request));

    assertThat(outcome.succeeded()).isEqualTo(2_001);
    assertThat(outcome.corrected().p99Nanos()).isLessThanOrEqualTo(MS + MS / 100);
  }

  @Test
  void aTimedOpenLoopReportsWhatWasStillQueuedAtTheEnd() {
    SimulatedEtcd etcd = new SimulatedEtcd(clock, sent -> sent + 10 * MS);

    LoadGenerator.Outcome outcome = etcd.run(new LoadGenerator(
        new LoadGenerator.Plan(Long.MAX_VALUE, 1_000 * MS, 5, 1_000), clock, etcd::request));

    assertThat(outcome.sent() + outcome.notSent()).isEqualTo(1_000);
    assertThat(outcome.sent()).isBetween(500L, 505L);
    assertThat(outcome.succeeded()).isEqualTo(outcome.sent());
    assertThat(outcome.endNanos() - outcome.startNanos()).isBetween(1_000 * MS, 1_010 * MS);
  }

  @Test
  void aTimedClosedLoopStopsSendingAtTheDeadline() {
    SimulatedEtcd etcd = new SimulatedEtcd(clock, sent -> sent + MS);

    LoadGenerator.Outcome outcome = etcd.run(new LoadGenerator(
        new LoadGenerator.Plan(Long.MAX_VALUE, 100 * MS, 2, 0), clock, etcd::request));

    assertThat(outcome.sent()).isEqualTo(200);
    assertThat(outcome.notSent()).isZero();
    assertThat(outcome.endNanos() - outcome.startNanos()).isEqualTo(100 * MS);
  }

  @Test
  void failuresAreCountedByMessageAndLeaveLatencyAlone() {
    SimulatedEtcd etcd = new SimulatedEtcd(clock, sent -> sent + MS);

    LoadGenerator.Outcome outcome = etcd.run(closedLoop(100, 4, i -> i % 10 == 0
        ? etcd.failing(i, new IllegalStateException("etcdserver: request timed out"))
        : i % 10 == 1 ? etcd.failing(i, new IllegalStateException("etcdserver: leader changed")) : etcd.request(i)));

    assertThat(outcome.failed()).isEqualTo(20);
    assertThat(outcome.succeeded() + outcome.failed()).isEqualTo(outcome.sent()).isEqualTo(100);
    assertThat(outcome.errors()).isEqualTo(Map.of(
        "etcdserver: leader changed", 10L, "etcdserver: request timed out", 10L));
    assertThat(outcome.corrected().count()).isEqualTo(80);
  }

  @Test
  void anOperationThatThrowsCountsAsAFailure() {
    LoadGenerator generator = closedLoop(3, 1, i -> {
      throw new IllegalArgumentException("key too large");
    });

    generator.start();

    assertThat(generator.outcome().join().errors()).isEqualTo(Map.of("key too large", 3L));
  }

  @Test
  void stopEndsTheRunOnceTheRequestsInFlightAreAnswered() {
    CompletableFuture<Object> inFlight = new CompletableFuture<>();
    LoadGenerator generator = closedLoop(1_000, 1, i -> inFlight);
    generator.start();

    generator.stop();

    assertThat(generator.outcome()).isNotDone();
    inFlight.complete("ok");
    assertThat(generator.outcome().join().sent()).isEqualTo(1);
  }

  private LoadGenerator closedLoop(long ops, int maxInFlight,
      LongFunction<CompletableFuture<Object>> operation) {
    return new LoadGenerator(new LoadGenerator.Plan(ops, 0, maxInFlight, 0), clock, operation);
  }

  private LoadGenerator openLoop(long ops, int maxInFlight, double rate,
      LongFunction<CompletableFuture<Object>> operation) {
    return new LoadGenerator(new LoadGenerator.Plan(ops, 0, maxInFlight, rate), clock, operation);
  }
}
