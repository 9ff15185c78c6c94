package io.etcdmonitor.coordinator.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The tools as the seed shows them, run through the shipped jar against a real member. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ToolsCliIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(1).build();

  @TempDir
  Path dir;

  @Test
  void snapshotSaveWithEndpointsBeforeTheSubcommandThenStatusAsJson() throws Exception {
    Path backup = dir.resolve("backup.db");
    try (Client client = Client.builder().endpoints(etcd.clientEndpoints().toArray(String[]::new)).build()) {
      for (int i = 0; i < 10; i++) {
        client.getKVClient().put(ByteSequence.from("/tools/k" + i, UTF_8), ByteSequence.from("v", UTF_8))
            .get(10, TimeUnit.SECONDS);
      }
    }

    Run save = run("--endpoints=" + etcd.member(0).clientUrl(), "snapshot", "save", backup.toString());
    assertThat(save.exitCode).as(save.err).isZero();
    assertThat(save.out).contains("SHA-256 verified");
    assertThat(backup).exists();

    Run status = run("snapshot", "status", backup.toString(), "-w", "json");
    assertThat(status.exitCode).as(status.err).isZero();
    JsonNode json = new ObjectMapper().readTree(status.out);
    assertThat(json.get("revision").asLong()).isEqualTo(11);
    assertThat(json.get("totalKey").asLong()).isGreaterThanOrEqualTo(10);
    assertThat(json.get("totalSize").asLong()).isPositive();

    Run again = run("--endpoints=" + etcd.member(0).clientUrl(), "snapshot", "save", backup.toString());
    assertThat(again.exitCode).as("refuses to overwrite without --force").isEqualTo(5);
  }

  @Test
  void theSeedsBenchmarkFlagsPrintTheSeedsReport() throws Exception {
    Run run = run("--endpoints=" + etcd.member(0).clientUrl(), "--run-benchmark", "--benchmark-type=mixed",
        "--benchmark-ops=500");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).startsWith("=== Benchmark Results ===\nType:             mixed\n")
        .contains("Total Operations: 500\n", "Successful:       500\n", "Failed:           0\n",
            "Latency Distribution:\n", "  <1ms         :");
  }

  @Test
  void snapshotStatusOfATruncatedFileIsOneLineAndExitFour() throws Exception {
    Path bad = Files.write(dir.resolve("bad.db"), new byte[100]);

    Run status = run("snapshot", "status", bad.toString());

    assertThat(status.exitCode).isEqualTo(4);
    assertThat(status.err.strip().lines()).hasSize(1);
    assertThat(status.err).doesNotContain("Exception");
  }

  @Test
  void diskTestReportsAVerdictAndLeavesNothingBehind() throws Exception {
    Run run = run("disk-test", "--directory=" + dir, "--size=1m", "--output=json");

    assertThat(run.exitCode).isIn(0, 1);
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("verdict").asText()).isIn("PASS", "FAIL");
    try (var files = Files.list(dir)) {
      assertThat(files.filter(f -> !f.getFileName().toString().endsWith(".log"))).isEmpty();
    }
    assertThat(run("disk-test", "--directory=" + dir.resolve("missing")).exitCode).isEqualTo(3);
  }

  private Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-jar",
        Path.of("target", "etcd-monitor.jar").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("tool", ".out");
    Path err = Files.createTempFile("tool", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private record Run(int exitCode, String out, String err) {}
}
