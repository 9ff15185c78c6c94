package io.etcdmonitor.agent.tools.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** A {@link BenchmarkClient} over a sorted map that answers at once, with faults a test can switch on. */
final class InMemoryEtcd implements BenchmarkClient {
  private final NavigableMap<String, byte[]> store = new ConcurrentSkipListMap<>();
  private final AtomicLong puts = new AtomicLong();
  private final AtomicLong gets = new AtomicLong();
  private final AtomicLong missedGets = new AtomicLong();
  private final List<String> deletedPrefixes = new CopyOnWriteArrayList<>();
  private volatile Predicate<String> failPutsOf = key -> false;
  private volatile RuntimeException deleteFailure;
  private volatile CompletableFuture<?> putsHeldUntil = CompletableFuture.completedFuture(null);
  private volatile boolean closed;

  @Override
  public CompletableFuture<?> put(byte[] key, byte[] value) {
    String k = text(key);
    puts.incrementAndGet();
    if (failPutsOf.test(k)) {
      return CompletableFuture.failedFuture(new IllegalStateException("etcdserver: mvcc: database space exceeded"));
    }
    store.put(k, value.clone());
    return putsHeldUntil.thenApply(ignored -> null);
  }

  @Override
  public CompletableFuture<?> get(byte[] key, Consistency consistency) {
    gets.incrementAndGet();
    if (!store.containsKey(text(key))) {
      missedGets.incrementAndGet();
    }
    return CompletableFuture.completedFuture(store.get(text(key)));
  }

  @Override
  public CompletableFuture<Long> countPrefix(byte[] prefix) {
    return CompletableFuture.completedFuture((long) under(text(prefix)).size());
  }

  @Override
  public CompletableFuture<Long> deletePrefix(byte[] prefix) {
    if (deleteFailure != null) {
      return CompletableFuture.failedFuture(deleteFailure);
    }
    NavigableMap<String, byte[]> keys = under(text(prefix));
    long count = keys.size();
    keys.clear();
    deletedPrefixes.add(text(prefix));
    return CompletableFuture.completedFuture(count);
  }

  @Override
  public void close() {
    closed = true;
  }

  void failPutsOf(Predicate<String> keys) {
    failPutsOf = keys;
  }

  /** Puts are answered only once {@code release} completes. */
  void holdPuts(CompletableFuture<?> release) {
    putsHeldUntil = release;
  }

  void failDeletes(RuntimeException error) {
    deleteFailure = error;
  }

  void preload(String key) {
    store.put(key, new byte[0]);
  }

  NavigableMap<String, byte[]> under(String prefix) {
    return store.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
  }

  long puts() {
    return puts.get();
  }

  long gets() {
    return gets.get();
  }

  long missedGets() {
    return missedGets.get();
  }

  List<String> deletedPrefixes() {
    return deletedPrefixes;
  }

  boolean closed() {
    return closed;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
