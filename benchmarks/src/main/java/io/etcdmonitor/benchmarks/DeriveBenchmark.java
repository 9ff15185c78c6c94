package io.etcdmonitor.benchmarks;

import io.etcdmonitor.agent.metrics.MemberMetricsDeriver;
import io.etcdmonitor.agent.metrics.ParsedMetrics;
import io.etcdmonitor.agent.metrics.PrometheusTextParser;
import io.etcdmonitor.protocol.MemberMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to turn two parsed scrapes of one member into its windowed figures. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeriveBenchmark {
  private static final Instant SCRAPED_AT = Instant.parse("2026-11-24T12:15:00Z");
  private static final Duration WINDOW = Duration.ofSeconds(10);

  private ParsedMetrics previous;
  private ParsedMetrics current;

  @Setup
  public void load() {
    previous = PrometheusTextParser.parse(Scrapes.text(Scrapes.LEADER));
    current = PrometheusTextParser.parse(Scrapes.text(Scrapes.LEADER_AFTER_PEER_LOSS));
  }

  @Benchmark
  public MemberMetrics derive() {
    return MemberMetricsDeriver.derive(previous, current, SCRAPED_AT, WINDOW);
  }
}
