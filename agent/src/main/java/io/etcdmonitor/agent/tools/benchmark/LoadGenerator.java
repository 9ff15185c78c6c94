package io.etcdmonitor.agent.tools.benchmark;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

/**
 * Keeps at most {@code maxInFlight} requests outstanding without blocking a thread per request. In a closed loop
 * the next request goes out when one completes. In an open loop request {@code i} becomes due at its intended start
 * ({@link OpenLoopSchedule}); due requests wait for a free slot, their clock already running, and their latency is
 * recorded both from the intended start (corrected) and from the moment they were sent (uncorrected).
 *
 * <p>Thread-safe: completions arrive on client threads and {@link #advance} on the scheduler's. A drain loop with a
 * work-in-progress counter sends requests, so a request that completes synchronously does not recurse.
 */
final class LoadGenerator {
  private static final long NO_DEADLINE = Long.MAX_VALUE;

  /**
   * What to send.
   *
   * @param maxOps operations to send; ignored when {@code durationNanos} is set
   * @param durationNanos stop sending this long after the start; 0 to stop after {@code maxOps}
   * @param rate intended starts per second; 0 for a closed loop
   */
  record Plan(long maxOps, long durationNanos, int maxInFlight, double rate) {
    boolean openLoop() {
      return rate > 0;
    }

    boolean timed() {
      return durationNanos > 0;
    }
  }

  /** Counts and latencies of a finished run; {@code notSent} are scheduled requests still queued at the deadline. */
  record Outcome(long startNanos, long endNanos, long sent, long succeeded, long failed, long notSent,
      LatencyStats corrected, LatencyStats uncorrected, Map<String, Long> errors) {}

  /** Where a running generator stands. */
  record Progress(long sent, long succeeded, long failed, long elapsedNanos) {}

  private final Plan plan;
  private final NanoClock clock;
  private final LongFunction<? extends CompletionStage<?>> operation;
  private final LatencyRecorder corrected = new LatencyRecorder();
  private final LatencyRecorder uncorrected = new LatencyRecorder();
  private final ErrorTally errors = new ErrorTally();
  private final LongAdder succeeded = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final AtomicInteger drainers = new AtomicInteger();
  private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

  private OpenLoopSchedule schedule;
  private long start;
  private long end;
  private long deadline = NO_DEADLINE;
  private long limit;
  private long due;
  private long issued;
  private int inFlight;
  private boolean started;
  private boolean stopped;
  private boolean finished;

  LoadGenerator(Plan plan, NanoClock clock, LongFunction<? extends CompletionStage<?>> operation) {
    this.plan = plan;
    this.clock = clock;
    this.operation = operation;
  }

  /** Starts the run; in an open loop, {@link #advance} must then be called at each {@link #nextWakeup()}. */
  void start() {
    synchronized (this) {
      if (started) {
        throw new IllegalStateException("already started");
      }
      started = true;
      start = clock.nanoTime();
      end = start;
      if (plan.timed()) {
        deadline = start + plan.durationNanos();
      }
      if (plan.openLoop()) {
        schedule = new OpenLoopSchedule(start, plan.rate());
        limit = plan.timed() ? schedule.countWithin(plan.durationNanos()) : plan.maxOps();
        due = Math.min(schedule.dueBy(start), limit);
      } else {
        limit = plan.timed() ? Long.MAX_VALUE : plan.maxOps();
      }
    }
    drain();
  }

  /** Makes every request intended by {@code nowNanos} due, and stops sending once the deadline has passed. */
  void advance(long nowNanos) {
    synchronized (this) {
      if (deadline != NO_DEADLINE && nowNanos - deadline >= 0) {
        stopAt(deadline);
        due = limit;
      } else if (plan.openLoop()) {
        due = Math.min(schedule.dueBy(nowNanos), limit);
      }
    }
    drain();
  }

  /** Sends nothing more; the run finishes when the requests in flight have been answered. */
  void stop() {
    synchronized (this) {
      stopAt(clock.nanoTime());
    }
    drain();
  }

  /** When {@link #advance} should next be called, or empty when the run no longer needs a scheduler. */
  synchronized OptionalLong nextWakeup() {
    if (stopped || !plan.openLoop()) {
      return OptionalLong.empty();
    }
    if (due < limit) {
      return OptionalLong.of(Math.min(schedule.intendedStart(due), deadline));
    }
    return deadline == NO_DEADLINE ? OptionalLong.empty() : OptionalLong.of(deadline);
  }

  CompletableFuture<Outcome> outcome() {
    return outcome;
  }

  Progress progress() {
    long now = clock.nanoTime();
    synchronized (this) {
      return new Progress(issued, succeeded.sum(), failed.sum(), started ? now - start : 0);
    }
  }

  private void drain() {
    if (drainers.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      long index;
      while ((index = claim()) >= 0) {
        send(index);
      }
      missed = drainers.addAndGet(-missed);
    } while (missed != 0);
    finishIfDone();
  }

  private synchronized long claim() {
    if (stopped || inFlight >= plan.maxInFlight()) {
      return -1;
    }
    if (!plan.openLoop() && deadline != NO_DEADLINE && clock.nanoTime() - deadline >= 0) {
      stopAt(deadline);
      return -1;
    }
    if (issued >= (plan.openLoop() ? due : limit)) {
      return -1;
    }
    inFlight++;
    return issued++;
  }

  private void send(long index) {
    long sent = clock.nanoTime();
    long intended = plan.openLoop() ? schedule.intendedStart(index) : sent;
    CompletionStage<?> stage;
    try {
      stage = operation.apply(index);
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete((ignored, error) -> completed(intended, sent, error));
  }

  private void completed(long intended, long sent, Throwable error) {
    long now = clock.nanoTime();
    if (error == null) {
      corrected.record(now - intended);
      uncorrected.record(now - sent);
      succeeded.increment();
    } else {
      errors.add(error);
      failed.increment();
    }
    synchronized (this) {
      inFlight--;
      end = Math.max(end, now);
    }
    drain();
  }

  /** The run ends at the last answer or when sending stopped, whichever is later, not when a late thread noticed. */
  private void stopAt(long nanos) {
    if (!stopped) {
      stopped = true;
      end = Math.max(end, nanos);
    }
  }

  private void finishIfDone() {
    Outcome result;
    synchronized (this) {
      if (finished || !started || inFlight > 0 || !(stopped || issued >= limit)) {
        return;
      }
      finished = true;
      long notSent = plan.openLoop() ? limit - issued : 0;
      result = new Outcome(start, end, issued, succeeded.sum(), failed.sum(), notSent,
          corrected.stats(), uncorrected.stats(), errors.snapshot());
    }
    outcome.complete(result);
  }
}
