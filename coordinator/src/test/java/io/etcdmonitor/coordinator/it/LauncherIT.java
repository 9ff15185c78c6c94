package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shipped fat jar run as a user runs it: exit codes, help, and bad input that never ends in a stack trace. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherIT {
  private static final Path JAR = Path.of("target", "etcd-monitor.jar");

  @TempDir
  Path dir;

  @Test
  void helpListsEveryOptionWithItsDefault() throws Exception {
    Run run = run("--help");

    assertThat(run.exitCode).isZero();
    for (String flag : List.of("--endpoints", "--dial-timeout", "--health-check-interval", "--metrics-interval",
        "--api-port", "--max-latency-ms", "--max-db-size-mb", "--cert", "--key", "--cacert", "--config")) {
      assertThat(run.out).contains(flag + "=");
    }
    assertThat(run.out).contains("(default: 1s)").contains("(default: 8080)").contains("env: ENDPOINTS")
        .contains("check-config");
  }

  @Test
  void versionPrintsTheBuildVersion() throws Exception {
    Run run = run("--version");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("etcd-monitor 0.");
  }

  @Test
  void checkConfigAcceptsAShippedExample() throws Exception {
    Run run = run("check-config", "--config=" + Path.of("..", "config", "examples", "minimal.yaml"));

    assertThat(run.exitCode).as(run.all()).isZero();
    assertThat(run.out).contains("configuration is valid").contains("endpoints:");
  }

  @Test
  void everyBadValueIsReportedAtOnceWithExitCodeTwo() throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "health_check_intervall: 1s\napi:\n  port: 70000\n");

    Run run = run("--config=" + dir.resolve("bad.yaml"), "--endpoints=localhost:99999", "--dial-timeout=5x");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("health_check_intervall: unknown key (did you mean health_check_interval?)")
        .contains("70000")
        .contains("localhost:99999")
        .contains("5x");
    assertNoStackTrace(run);
  }

  @Test
  void aBusyPortIsOneClearLineAndANonZeroExit() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      Run run = run("--endpoints=127.0.0.1:1", "--api-host=127.0.0.1", "--api-port=" + busy.getLocalPort(),
          "--data-dir=" + dir.resolve("data"));

      assertThat(run.exitCode).isEqualTo(1);
      assertThat(run.err.strip()).isEqualTo(
          "etcd-monitor: cannot listen on 127.0.0.1:" + busy.getLocalPort() + ": address already in use");
      assertNoStackTrace(run);
    }
  }

  @Test
  void aBusyClusterPortIsOneClearLineAndANonZeroExit() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      int port = busy.getLocalPort();
      Run run = run("coordinator", "--cluster-seeds=127.0.0.1:" + port, "--cluster-port=" + port,
          "--api-host=127.0.0.1", "--api-port=" + Monitors.freePort());

      assertThat(run.exitCode).isEqualTo(1);
      assertThat(run.err.strip()).isEqualTo(
          "etcd-monitor: cannot start Pekko remoting on 127.0.0.1:" + port + ": address already in use");
      assertNoStackTrace(run);
    }
  }

  @Test
  void unreachableEndpointsAtStartAreReportedOnceAndRetried() throws Exception {
    int port = Monitors.freePort();
    Process process = start("--endpoints=127.0.0.1:" + Monitors.freePort(), "--api-host=127.0.0.1",
        "--api-port=" + port, "--data-dir=" + dir.resolve("data"));
    try {
      HttpJson api = new HttpJson("http://127.0.0.1:" + port);
      await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
        HttpJson.Reply health = api.get("/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("reasons").get(0).asText()).startsWith("no member list yet: ");
      });
      await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> true);
      String log = Files.readString(dir.resolve("out.log"));
      assertThat(log.lines().filter(l -> l.contains("cannot list members")).count()).as(log).isEqualTo(1);
      assertThat(log).doesNotContain("Exception").doesNotContain("\tat ");
    } finally {
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-jar",
        JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.log").toFile())
        .redirectError(dir.resolve("err.log").toFile())
        .start();
  }

  private Run run(String... args) throws Exception {
    Process process = start(args);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), Files.readString(dir.resolve("out.log")),
        Files.readString(dir.resolve("err.log")));
  }

  /** What one finished run printed. */
  private record Run(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }
}
