package io.etcdmonitor.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The configuration cannot be used, with every problem found rather than the first, so one edit fixes them all.
 * Its message is the problems one per line, safe to print: problems never contain secrets.
 */
public final class ConfigException extends Exception {
  private final List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(render(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  /** The problems, one per line, in the order they were found. */
  public String render() {
    return render(problems);
  }

  private static String render(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::render).collect(Collectors.joining("\n"));
  }
}
