package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import io.etcdmonitor.agent.tools.benchmark.BenchmarkProgress.Phase;
import io.etcdmonitor.config.EtcdSettings;
import io.etcdmonitor.config.TlsSettings;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark against a real 3-member cluster: every workload, cleanup, and a stall that only correction sees. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BenchmarkIT {
  private static final Duration STALL = Duration.ofSeconds(2);

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  @ParameterizedTest
  @ValueSource(strings = {"write", "read", "mixed"})
  void everyRequestSucceedsTheReportParsesAndNoKeyIsLeft(String type) throws Exception {
    String prefix = "/it-" + type + "/";
    Run run = run(Map.of("type", type, "ops", "3000", "key-space", "500", "clients", "32", "prefix", prefix));

    assertThat(run.code()).as(run.stderr()).isZero();
    SeedReport report = SeedReport.parse(run.stdout());
    assertThat(report.type()).isEqualTo(type);
    assertThat(report.total()).isEqualTo(3_000);
    assertThat(report.successful()).isEqualTo(3_000);
    assertThat(report.failed()).isZero();
    assertThat(report.successful() + report.failed()).isEqualTo(report.total());
    assertThat(report.throughput()).isPositive();
    assertThat(report.bucketCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(3_000);
    assertThat(report.bucketPercents().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100.0, offset(0.1));
    assertThat(report.latencyMs().get(4)).as("min").isLessThanOrEqualTo(report.latencyMs().get(1));
    assertThat(report.latencyMs().get(1)).as("p50").isLessThanOrEqualTo(report.latencyMs().get(3));
    assertThat(report.latencyMs().get(3)).as("p99").isLessThanOrEqualTo(report.latencyMs().get(5));
    if (!type.equals("write")) {
      assertThat(run.stdout()).contains("Seeded keys:    500 (written so that reads find them)");
    }
    assertThat(run.stdout()).containsPattern("Warm-up: +\\d+ requests in 2s");
    assertThat(run.stderr()).doesNotContain("Benchmark Results");
    assertThat(EtcdKeys.countUnder(etcd.clientEndpoints(), prefix)).isZero();
  }

  @Test
  void keepLeavesTheKeysForInspection() throws Exception {
    Run run = run(Map.of("ops", "400", "key-space", "50", "prefix", "/it-keep/", "keep", "true"));

    assertThat(run.code()).as(run.stderr()).isZero();
    assertThat(EtcdKeys.countUnder(etcd.clientEndpoints(), "/it-keep/")).isBetween(1L, 50L);
    assertThat(run.stderr()).contains("kept under /it-keep/");
    assertThat(run(Map.of("ops", "10", "prefix", "/it-keep/")).stderr()).contains("already holds");
  }

  @Test
  void aStalledMemberShowsInTheCorrectedP99WhileTheUncorrectedOneHidesIt() throws Exception {
    int index = EtcdKeys.followerIndex(etcd.clientEndpoints());
    EtcdMember member = etcd.member(index);
    BenchmarkOptions options = BenchmarkOptionsParser.parse(Map.of(
        "ops", "3000", "rate", "500", "clients", "8", "conns", "1", "prefix", "/it-stall/"));
    EtcdSettings settings = settings(List.of(etcd.clientEndpoints().get(index)));

    BenchmarkResult result;
    try (JetcdBenchmarkClient client = JetcdBenchmarkClient.connect(settings, 1)) {
      RunningBenchmark running = BenchmarkEngine.start(options, client);
      await().atMost(Duration.ofSeconds(20)).until(() -> running.progress().phase() == Phase.RUNNING
          && running.progress().done() >= 750);
      member.pause();
      try {
        Thread.sleep(STALL.toMillis());
      } finally {
        member.resume();
      }
      result = running.result().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    String report = TextReport.render(result);
    assertThat(result.successful()).as(report).isEqualTo(3_000);
    assertThat(result.latency().p99Nanos()).as(report).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(result.latency().maxNanos()).as(report).isGreaterThanOrEqualTo(STALL.toNanos() * 3 / 4);
    assertThat(result.uncorrectedLatency().p99Nanos()).as(report)
        .isLessThanOrEqualTo(result.latency().p99Nanos() / 4);
    assertThat(report).contains("Open Loop (coordinated omission corrected):");
  }

  private static Run run(Map<String, String> flags) throws Exception {
    Map<String, String> all = new HashMap<>(flags);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Benchmark.run(all, settings(etcd.clientEndpoints()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static EtcdSettings settings(List<String> endpoints) {
    return new EtcdSettings(endpoints, Duration.ofSeconds(5), TlsSettings.NONE);
  }

  private record Run(int code, String stdout, String stderr) {}
}
