package io.etcdmonitor.agent.tools.benchmark;

import java.util.concurrent.locks.LockSupport;

/** Monotonic time and waiting for it, so tests can run the load generator on a clock they move by hand. */
interface NanoClock {
  NanoClock SYSTEM = new NanoClock() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void parkUntil(long deadlineNanos) throws InterruptedException {
      long remaining;
      while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
        LockSupport.parkNanos(remaining);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
    }
  };

  long nanoTime();

  /** Returns once {@link #nanoTime()} has reached {@code deadlineNanos}. */
  void parkUntil(long deadlineNanos) throws InterruptedException;
}
