package io.etcdmonitor.agent.tools.benchmark;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One benchmark run, fully specified: {@link BenchmarkOptionsParser} builds it from flags with the defaults filled
 * in, and the periodic in-monitor benchmark builds it in code.
 *
 * @param clients requests in flight at most
 * @param conns gRPC connections (jetcd clients) the requests are spread over
 * @param keySize bytes of each key after the prefix
 * @param keySpace distinct keys; writes pick one at random, reads read one that was seeded
 * @param readRatio fraction of reads in a {@link BenchmarkType#MIXED} run
 * @param rate target operations per second, each request timed from its intended start; 0 runs a closed loop
 * @param prefix every key starts with it; it must hold no keys when the run starts
 * @param keep leave the keys in etcd instead of deleting the prefix at the end
 * @param profile the {@code etcdctl check perf} load being reproduced, or null
 * @param requestTimeout a request still unanswered after this long fails
 * @param warmup how long to send the same load, unmeasured, before timing starts, so the JVM's compiler has warmed
 *     up and the first seconds do not measure the client instead of etcd; zero to skip
 */
public record BenchmarkOptions(
    BenchmarkType type,
    RunLength length,
    int clients,
    int conns,
    int keySize,
    int valueSize,
    long keySpace,
    Consistency consistency,
    double readRatio,
    double rate,
    String prefix,
    boolean keep,
    OutputFormat output,
    PerfProfile profile,
    Duration requestTimeout,
    Duration warmup) {

  public BenchmarkOptions {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(consistency, "consistency");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(warmup, "warmup");
    if (clients < 1 || conns < 1 || keySize < 1 || valueSize < 0 || keySpace < 1 || rate < 0 || prefix.isEmpty()
        || readRatio < 0 || readRatio > 1 || warmup.isNegative()) {
      throw new IllegalArgumentException("invalid benchmark options: " + this);
    }
  }

  /** True when requests are sent on a schedule ({@code --rate}) rather than as soon as one completes. */
  public boolean openLoop() {
    return rate > 0;
  }

  public Optional<PerfProfile> perfProfile() {
    return Optional.ofNullable(profile);
  }
}
