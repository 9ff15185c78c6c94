package io.etcdmonitor.agent.tools.benchmark;

import java.time.Duration;

/**
 * Where a running benchmark stands, for a progress bar.
 *
 * @param done requests answered (successfully or not) in the current phase
 * @param planned requests the phase will send, or 0 when it runs for {@code plannedTime} instead
 */
public record BenchmarkProgress(Phase phase, long done, long failed, long planned, Duration elapsed,
    Duration plannedTime) {

  /** The stages of a run, in order. */
  public enum Phase {
    PREPARING("checking the prefix"),
    SEEDING("writing the keys to read"),
    WARMING_UP("warming up"),
    RUNNING("running"),
    CLEANING_UP("deleting the keys"),
    DONE("done");

    private final String description;

    Phase(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** How far the phase is, from 0 to 1. */
  public double fraction() {
    double f = planned > 0 ? (double) done / planned
        : plannedTime.isZero() ? 0 : (double) elapsed.toNanos() / plannedTime.toNanos();
    return Math.max(0, Math.min(1, f));
  }
}
