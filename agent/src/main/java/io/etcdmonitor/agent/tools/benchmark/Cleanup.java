package io.etcdmonitor.agent.tools.benchmark;

/** What happened to the benchmark's keys at the end of a run. */
public sealed interface Cleanup {

  /** {@code --keep}: the keys are still under the prefix. */
  record Kept() implements Cleanup {}

  /** The prefix was deleted in one request. */
  record Deleted(long keys) implements Cleanup {}

  /** The delete failed; the keys are still there and the user should delete them. */
  record Failed(String message) implements Cleanup {}
}
