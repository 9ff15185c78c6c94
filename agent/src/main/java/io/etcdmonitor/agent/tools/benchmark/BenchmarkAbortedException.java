package io.etcdmonitor.agent.tools.benchmark;

/** A benchmark that could not produce a result; the message tells the user what to do about it. */
public final class BenchmarkAbortedException extends RuntimeException {
  public BenchmarkAbortedException(String message) {
    super(message);
  }

  public BenchmarkAbortedException(String message, Throwable cause) {
    super(message, cause);
  }
}
