package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.config.EtcdSettings;
import io.etcdmonitor.config.TlsSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkTest {
  private final InMemoryEtcd etcd = new InMemoryEtcd();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void theReportGoesToStdoutAndASuccessfulRunExitsZero() throws Exception {
    int code = run(Map.of("ops", "100"));

    assertThat(code).isZero();
    assertThat(stdout()).startsWith("=== Benchmark Results ===\nType:             write\n")
        .contains("Successful:       100\n");
    assertThat(stderr()).doesNotContain("Benchmark Results");
  }

  @Test
  void jsonOutputIsOneObject() throws Exception {
    int code = run(Map.of("ops", "100", "output", "json"));

    assertThat(code).isZero();
    assertThat(new ObjectMapper().readTree(stdout()).get("successful").asLong()).isEqualTo(100);
  }

  @Test
  void failedRequestsExitOne() throws Exception {
    etcd.failPutsOf(key -> true);

    assertThat(run(Map.of("ops", "5"))).isEqualTo(1);
    assertThat(stdout()).contains("Failed:           5\n", "Errors:\n");
  }

  @Test
  void aRunThatCannotStartSaysWhyOnStderrAndExitsOne() throws Exception {
    etcd.preload("/cli/x");

    assertThat(run(Map.of("ops", "5"))).isEqualTo(1);
    assertThat(stdout()).isEmpty();
    assertThat(stderr()).startsWith("benchmark: prefix /cli/ already holds 1 keys");
  }

  @Test
  void keptKeysAreMentionedWithHowToDeleteThem() throws Exception {
    assertThat(run(Map.of("ops", "5", "keep", "true"))).isZero();

    assertThat(stderr()).contains("benchmark: the keys are kept under /cli/ (delete them with: etcdctl del "
        + "--prefix /cli/)");
  }

  @Test
  void keysLeftBehindByAFailedDeleteFailTheRun() throws Exception {
    etcd.failDeletes(new IllegalStateException("etcdserver: request timed out"));

    assertThat(run(Map.of("ops", "5"))).isEqualTo(1);
    assertThat(stderr()).contains("could not delete the keys under /cli/ (etcdserver: request timed out)");
  }

  @Test
  void aProfileRunExitsWithItsVerdict() throws Exception {
    assertThat(run(Map.of("profile", "s", "duration", "300ms"))).isZero();
    assertThat(stdout()).contains("Check Perf (etcdctl check perf --load=s):\n", "\nPASS\n");

    etcd.failPutsOf(key -> true);
    out.reset();

    assertThat(run(Map.of("profile", "s", "duration", "300ms"))).isEqualTo(1);
    assertThat(stdout()).contains("FAIL: too many errors\n", "\nFAIL\n");
  }

  @Test
  void badFlagsArePrintedAndExitTwoWithoutConnecting() {
    EtcdSettings nowhere = new EtcdSettings(List.of("http://127.0.0.1:1"), Duration.ofSeconds(1), TlsSettings.NONE);

    int code = Benchmark.run(Map.of("ops", "-1", "output", "xml"), nowhere, stream(out), stream(err));

    assertThat(code).isEqualTo(2);
    assertThat(stderr()).isEqualTo("""
        benchmark: --benchmark-ops: "-1" is not a whole number of at least 1
        benchmark: --output: "xml" is not one of text, json
        """);
    assertThat(stdout()).isEmpty();
  }

  private int run(Map<String, String> flags) throws BenchmarkUsageException {
    Map<String, String> all = new HashMap<>(flags);
    all.put("prefix", "/cli/");
    all.putIfAbsent("warmup", "0s");
    return Benchmark.run(BenchmarkOptionsParser.parse(all), etcd, stream(out), stream(err), false);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
