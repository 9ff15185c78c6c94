package io.etcdmonitor.agent.tools.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongUnaryOperator;

/**
 * A discrete-event stand-in for etcd: each request completes at a time the test's latency model picks from its send
 * time, and {@link #run} moves a {@link FakeClock} from event to event, so a run of seconds takes milliseconds and
 * every figure is exact.
 */
final class SimulatedEtcd {
  record Send(long index, long sentAt) {}

  private record Pending(long at, long seq, CompletableFuture<Object> future, RuntimeException error) {}

  private final FakeClock clock;
  private final LongUnaryOperator completionTime;
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>(Comparator.comparingLong(Pending::at).thenComparingLong(Pending::seq));
  private final List<Send> sends = new ArrayList<>();
  private long seq;
  private int maxInFlight;

  /** {@code completionTime} maps a send time to the time the answer arrives. */
  SimulatedEtcd(FakeClock clock, LongUnaryOperator completionTime) {
    this.clock = clock;
    this.completionTime = completionTime;
  }

  CompletableFuture<Object> request(long index) {
    return request(index, null);
  }

  CompletableFuture<Object> failing(long index, RuntimeException error) {
    return request(index, error);
  }

  private CompletableFuture<Object> request(long index, RuntimeException error) {
    long now = clock.nanoTime();
    CompletableFuture<Object> future = new CompletableFuture<>();
    pending.add(new Pending(completionTime.applyAsLong(now), seq++, future, error));
    sends.add(new Send(index, now));
    maxInFlight = Math.max(maxInFlight, pending.size());
    return future;
  }

  /** Starts the generator and plays events until its outcome is known. */
  LoadGenerator.Outcome run(LoadGenerator generator) {
    generator.start();
    while (!generator.outcome().isDone()) {
      OptionalLong wakeup = generator.nextWakeup();
      long next = Math.min(pending.isEmpty() ? Long.MAX_VALUE : pending.peek().at(),
          wakeup.isPresent() ? wakeup.getAsLong() : Long.MAX_VALUE);
      if (next == Long.MAX_VALUE) {
        throw new AssertionError("the generator is stuck: nothing in flight and no wakeup");
      }
      clock.set(Math.max(next, clock.nanoTime()));
      while (!pending.isEmpty() && pending.peek().at() <= clock.nanoTime()) {
        Pending p = pending.poll();
        if (p.error() == null) {
          p.future().complete("ok");
        } else {
          p.future().completeExceptionally(p.error());
        }
      }
      wakeup = generator.nextWakeup();
      if (wakeup.isPresent() && wakeup.getAsLong() <= clock.nanoTime()) {
        generator.advance(clock.nanoTime());
      }
    }
    return generator.outcome().join();
  }

  List<Send> sends() {
    return sends;
  }

  int maxInFlight() {
    return maxInFlight;
  }
}
