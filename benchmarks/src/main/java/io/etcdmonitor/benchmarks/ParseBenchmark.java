package io.etcdmonitor.benchmarks;

import io.etcdmonitor.agent.metrics.ParsedMetrics;
import io.etcdmonitor.agent.metrics.PrometheusTextParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to parse one member's {@code /metrics}: every scrape of every member pays it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParseBenchmark {
  /** Lines of input: 1544 is a real etcd 3.4.23 leader of a 3-member cluster; 10000 replicates its series. */
  @Param({"1544", "10000"})
  public int lines;

  private String text;

  @Setup
  public void load() {
    String real = Scrapes.text(Scrapes.LEADER);
    text = lines == 1544 ? real : Scrapes.replicated(real, lines);
    ParsedMetrics check = PrometheusTextParser.parse(text);
    if (check.lines() != lines || check.malformedLines() != 0) {
      throw new IllegalStateException("input has " + check.lines() + " lines, " + check.malformedLines() + " broken");
    }
  }

  @Benchmark
  public ParsedMetrics parse() {
    return PrometheusTextParser.parse(text);
  }
}
