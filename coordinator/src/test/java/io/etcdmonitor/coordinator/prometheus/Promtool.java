package io.etcdmonitor.coordinator.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's promtool for lint checks. The test command installs it; under {@code CI=true} a missing
 * promtool fails the test rather than passing it unchecked.
 */
public final class Promtool {
  private static final File PROMTOOL = new File("/usr/bin/promtool");

  private Promtool() {}

  /** Asserts {@code promtool check metrics} prints nothing for {@code exposition}. */
  public static void assertCleanMetrics(String exposition) throws Exception {
    String output = run(exposition, "check", "metrics");
    if (output != null) {
      assertThat(output).isEmpty();
    }
  }

  /** Asserts {@code promtool check config FILE} succeeds. */
  public static void assertValidConfig(String file) throws Exception {
    String output = run("", "check", "config", file);
    if (output != null) {
      assertThat(output).contains("SUCCESS");
    }
  }

  /** The tool's output, or null when it is not installed outside CI. */
  private static String run(String stdin, String... args) throws Exception {
    if (!PROMTOOL.canExecute()) {
      if ("true".equals(System.getenv("CI"))) {
        fail(PROMTOOL + " is missing; scripts/test.sh installs Debian's prometheus package");
      }
      System.err.println("promtool is not installed: lint not run (scripts/test.sh installs it)");
      return null;
    }
    List<String> command = new ArrayList<>(List.of(PROMTOOL.getPath()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
