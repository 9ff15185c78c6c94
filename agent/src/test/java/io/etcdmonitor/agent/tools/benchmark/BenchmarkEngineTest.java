package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdmonitor.agent.tools.benchmark.BenchmarkProgress.Phase;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class BenchmarkEngineTest {
  private final InMemoryEtcd etcd = new InMemoryEtcd();

  @Test
  void aWriteRunPutsUnderThePrefixThenDeletesIt() throws Exception {
    BenchmarkOptions options = options(Map.of("type", "write", "ops", "2000", "key-space", "100"));

    BenchmarkResult result = run(options);

    assertThat(result.total()).isEqualTo(2_000);
    assertThat(result.successful()).isEqualTo(2_000);
    assertThat(result.seededKeys()).isZero();
    assertThat(etcd.puts()).isEqualTo(2_000);
    assertThat(etcd.under("/")).isEmpty();
    assertThat(etcd.deletedPrefixes()).containsExactly("/t/");
    assertThat(result.cleanup()).isInstanceOfSatisfying(Cleanup.Deleted.class,
        deleted -> assertThat(deleted.keys()).isBetween(1L, 100L));
  }

  @Test
  void aReadRunSeedsEveryKeyFirstSoNoReadMisses() throws Exception {
    BenchmarkResult result = run(options(Map.of("type", "read", "ops", "3000", "key-space", "250")));

    assertThat(result.seededKeys()).isEqualTo(250);
    assertThat(etcd.puts()).isEqualTo(250);
    assertThat(etcd.gets()).isEqualTo(3_000);
    assertThat(etcd.missedGets()).isZero();
    assertThat(result.cleanup()).isEqualTo(new Cleanup.Deleted(250));
  }

  @Test
  void aMixedRunReadsAboutTheReadRatio() throws Exception {
    run(options(Map.of("type", "mixed", "ops", "10000", "key-space", "100", "read-ratio", "0.7")));

    assertThat(etcd.gets()).isBetween(6_700L, 7_300L);
    assertThat(etcd.puts() - 100).isEqualTo(10_000 - etcd.gets());
  }

  @Test
  void keepLeavesTheKeys() throws Exception {
    BenchmarkResult result = run(options(Map.of("type", "write", "ops", "50", "key-space", "10", "keep", "true")));

    assertThat(result.cleanup()).isEqualTo(new Cleanup.Kept());
    assertThat(etcd.under("/t/")).isNotEmpty().allSatisfy((key, value) -> assertThat(key).matches("/t/0{7}\\d"));
  }

  @Test
  void aPrefixThatHoldsKeysIsRefusedAndLeftAlone() {
    etcd.preload("/t/precious");

    assertThatThrownBy(() -> run(options(Map.of("ops", "10"))))
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(BenchmarkAbortedException.class)
        .hasMessageContaining("prefix /t/ already holds 1 keys")
        .hasMessageContaining("etcdctl del --prefix /t/");
    assertThat(etcd.puts()).isZero();
    assertThat(etcd.under("/t/")).containsOnlyKeys("/t/precious");
  }

  @Test
  void aFailedSeedAbortsTheRunAndDeletesWhatWasWritten() {
    etcd.failPutsOf(key -> key.endsWith("7"));

    assertThatThrownBy(() -> run(options(Map.of("type", "read", "ops", "10", "key-space", "100"))))
        .hasCauseInstanceOf(BenchmarkAbortedException.class)
        .hasMessageContaining("could not write the 100 keys to read before timing: 10 puts failed "
            + "(etcdserver: mvcc: database space exceeded)");
    assertThat(etcd.gets()).isZero();
    assertThat(etcd.under("/t/")).isEmpty();
  }

  @Test
  void failedRequestsAreCountedNotFatal() throws Exception {
    etcd.failPutsOf(key -> key.endsWith("0"));

    BenchmarkResult result = run(options(Map.of("type", "write", "ops", "1000", "key-space", "10")));

    assertThat(result.failed()).isBetween(1L, 999L);
    assertThat(result.successful() + result.failed()).isEqualTo(result.total()).isEqualTo(1_000);
    assertThat(result.errors()).containsOnlyKeys("etcdserver: mvcc: database space exceeded");
  }

  @Test
  void aCleanupFailureIsReportedWithTheFigures() throws Exception {
    etcd.failDeletes(new IllegalStateException("etcdserver: request timed out"));

    BenchmarkResult result = run(options(Map.of("ops", "10")));

    assertThat(result.successful()).isEqualTo(10);
    assertThat(result.cleanup()).isEqualTo(new Cleanup.Failed("etcdserver: request timed out"));
  }

  @Test
  void anOpenLoopRunKeepsToItsRateOnTheRealClock() throws Exception {
    BenchmarkResult result = run(options(Map.of("ops", "200", "rate", "1000")));

    assertThat(result.successful()).isEqualTo(200);
    assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(199));
    assertThat(result.notSent()).isZero();
  }

  @Test
  void aWarmUpSendsTheSameLoadUnmeasuredBeforeTimingAndIsCleanedUpToo() throws Exception {
    BenchmarkResult result = run(options(Map.of("ops", "300", "key-space", "100000", "warmup", "200ms")));

    assertThat(result.warmupOps()).isPositive();
    assertThat(result.total()).isEqualTo(300);
    assertThat(etcd.puts()).isEqualTo(300 + result.warmupOps());
    assertThat(etcd.under("/t/")).isEmpty();
  }

  @Test
  void progressNamesThePhaseAndEndsDone() throws Exception {
    RunningBenchmark running = BenchmarkEngine.start(options(Map.of("ops", "100")), etcd);

    running.result().toCompletableFuture().join();

    assertThat(running.progress().phase()).isEqualTo(Phase.DONE);
    assertThat(etcd.closed()).as("the caller owns the client").isFalse();
  }

  private BenchmarkResult run(BenchmarkOptions options) {
    return BenchmarkEngine.run(options, etcd).toCompletableFuture().join();
  }

  private static BenchmarkOptions options(Map<String, String> flags) throws BenchmarkUsageException {
    Map<String, String> all = new HashMap<>(flags);
    all.put("prefix", "/t/");
    all.put("clients", "4");
    all.putIfAbsent("warmup", "0s");
    return BenchmarkOptionsParser.parse(all);
  }
}
