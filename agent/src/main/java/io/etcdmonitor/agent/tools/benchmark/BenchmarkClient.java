package io.etcdmonitor.agent.tools.benchmark;

import java.util.concurrent.CompletableFuture;

/** The etcd calls a benchmark makes, behind an interface so the engine runs against a fake in unit tests. */
public interface BenchmarkClient extends AutoCloseable {

  CompletableFuture<?> put(byte[] key, byte[] value);

  CompletableFuture<?> get(byte[] key, Consistency consistency);

  /** How many keys start with {@code prefix}. */
  CompletableFuture<Long> countPrefix(byte[] prefix);

  /** Deletes every key that starts with {@code prefix} in one request; completes with how many there were. */
  CompletableFuture<Long> deletePrefix(byte[] prefix);

  @Override
  void close();
}
