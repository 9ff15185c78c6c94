package io.etcdmonitor.agent.tools.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The requests of a run: keys are the prefix followed by a key number padded with zeros to the key size, so keys
 * are readable in etcdctl and the key space maps to numbers; values are one fixed filler of the value size.
 */
final class Workload {
  private static final byte[] FILLER = "etcd-monitor-benchmark-".getBytes(StandardCharsets.US_ASCII);

  private final BenchmarkOptions options;
  private final BenchmarkClient client;
  private final byte[] prefix;
  private final byte[] value;

  Workload(BenchmarkOptions options, BenchmarkClient client) {
    this.options = options;
    this.client = client;
    this.prefix = options.prefix().getBytes(StandardCharsets.UTF_8);
    this.value = new byte[options.valueSize()];
    for (int i = 0; i < value.length; i++) {
      value[i] = FILLER[i % FILLER.length];
    }
  }

  byte[] prefix() {
    return prefix.clone();
  }

  /** The measured request number {@code index}: a put, a get, or one of them by the read ratio. */
  CompletableFuture<?> next(long index) {
    long keyNumber = options.keySpace() == 1 ? 0 : ThreadLocalRandom.current().nextLong(options.keySpace());
    boolean read = switch (options.type()) {
      case WRITE -> false;
      case READ -> true;
      case MIXED -> ThreadLocalRandom.current().nextDouble() < options.readRatio();
    };
    CompletableFuture<?> request = read
        ? client.get(key(keyNumber), options.consistency())
        : client.put(key(keyNumber), value);
    return RequestTimeouts.within(options.requestTimeout(), request);
  }

  /** Writes key number {@code index}, so that reads find every key of the key space. */
  CompletableFuture<?> seed(long index) {
    return RequestTimeouts.within(options.requestTimeout(), client.put(key(index), value));
  }

  byte[] key(long number) {
    byte[] key = Arrays.copyOf(prefix, prefix.length + options.keySize());
    Arrays.fill(key, prefix.length, key.length, (byte) '0');
    int at = key.length;
    long rest = number;
    do {
      key[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest > 0 && at > prefix.length);
    return key;
  }
}
