package io.etcdmonitor.config;

/**
 * One thing wrong with the configuration: where ({@code api.port}, {@code alerts[0] (slack)}, or the file for a
 * syntax error) and what, with the bad value and where it came from. Never holds a secret.
 */
public record ConfigProblem(String path, String message) {
  /** The problem as one line: {@code api.port: 70000 is out of range 1..65535}. */
  public String render() {
    return path + ": " + message;
  }

  @Override
  public String toString() {
    return render();
  }
}
