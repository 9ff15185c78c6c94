package io.etcdmonitor.agent.tools.benchmark;

import java.time.Duration;

/** When a benchmark stops: after a number of operations, or after a time. */
public sealed interface RunLength {

  /** Stop after {@code count} operations have been sent and answered. */
  record Ops(long count) implements RunLength {
    public Ops {
      if (count <= 0) {
        throw new IllegalArgumentException("count must be positive: " + count);
      }
    }
  }

  /** Stop sending once {@code duration} has passed since the first request, then wait for the ones in flight. */
  record Timed(Duration duration) implements RunLength {
    public Timed {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("duration must be positive: " + duration);
      }
    }
  }
}
