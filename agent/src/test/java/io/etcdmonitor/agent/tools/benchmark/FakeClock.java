package io.etcdmonitor.agent.tools.benchmark;

/** A clock that moves only when the test moves it; parking jumps straight to the deadline. */
final class FakeClock implements NanoClock {
  private long now;

  FakeClock(long start) {
    this.now = start;
  }

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void parkUntil(long deadlineNanos) {
    now = Math.max(now, deadlineNanos);
  }

  synchronized void set(long nanos) {
    if (nanos < now) {
      throw new IllegalArgumentException("time does not go back: " + nanos + " < " + now);
    }
    now = nanos;
  }
}
