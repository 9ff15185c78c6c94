package io.etcdmonitor.agent.tools.benchmark;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.kv.DeleteResponse;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.GetOption;
import io.etcdmonitor.config.EtcdSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link BenchmarkClient} over jetcd, spreading requests round-robin over {@code conns} clients (connections). */
public final class JetcdBenchmarkClient implements BenchmarkClient {
  private static final GetOption LINEARIZABLE = GetOption.builder().withSerializable(false).build();
  private static final GetOption SERIALIZABLE = GetOption.builder().withSerializable(true).build();
  private static final GetOption COUNT_PREFIX = GetOption.builder().isPrefix(true).withCountOnly(true).build();
  private static final DeleteOption DELETE_PREFIX = DeleteOption.builder().isPrefix(true).build();

  private final List<Client> clients;
  private final List<KV> kvs;
  private final AtomicInteger next = new AtomicInteger();

  private JetcdBenchmarkClient(List<Client> clients) {
    this.clients = List.copyOf(clients);
    this.kvs = clients.stream().map(Client::getKVClient).toList();
  }

  /** Builds {@code conns} clients to the configured endpoints; nothing connects until the first request. */
  public static JetcdBenchmarkClient connect(EtcdSettings settings, int conns) {
    if (settings.endpoints().isEmpty()) {
      throw new IllegalArgumentException("no etcd endpoints configured");
    }
    ClientBuilder builder = Client.builder()
        .endpoints(settings.endpoints().toArray(String[]::new))
        .connectTimeout(settings.dialTimeout())
        .waitForReady(false);
    if (settings.endpoints().stream().anyMatch(url -> url.startsWith("https://"))) {
      builder.sslContext(TlsContexts.forClient(settings.tls()));
    }
    List<Client> clients = new ArrayList<>(conns);
    for (int i = 0; i < conns; i++) {
      clients.add(builder.copy().build());
    }
    return new JetcdBenchmarkClient(clients);
  }

  @Override
  public CompletableFuture<?> put(byte[] key, byte[] value) {
    return kv().put(ByteSequence.from(key), ByteSequence.from(value));
  }

  @Override
  public CompletableFuture<?> get(byte[] key, Consistency consistency) {
    return kv().get(ByteSequence.from(key), consistency == Consistency.SERIALIZABLE ? SERIALIZABLE : LINEARIZABLE);
  }

  @Override
  public CompletableFuture<Long> countPrefix(byte[] prefix) {
    return kvs.get(0).get(ByteSequence.from(prefix), COUNT_PREFIX).thenApply(GetResponse::getCount);
  }

  @Override
  public CompletableFuture<Long> deletePrefix(byte[] prefix) {
    return kvs.get(0).delete(ByteSequence.from(prefix), DELETE_PREFIX).thenApply(DeleteResponse::getDeleted);
  }

  @Override
  public void close() {
    clients.forEach(Client::close);
  }

  private KV kv() {
    return kvs.get(Math.floorMod(next.getAndIncrement(), kvs.size()));
  }
}
