package io.etcdmonitor.agent.tools.benchmark;

import java.util.List;

/** Bad benchmark options; the message lists every problem, one per line, ready to print before exiting with 2. */
public final class BenchmarkUsageException extends Exception {
  private final List<String> problems;

  public BenchmarkUsageException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
