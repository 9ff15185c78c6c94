package io.etcdmonitor.agent;

import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.etcd.EtcdClusterClient;
import io.etcdmonitor.agent.etcd.EtcdMemberClient;
import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/** Scriptable stand-ins for etcd, for actor tests that must not depend on timing of a real cluster. */
public final class FakeEtcd implements EtcdClients {
  public final Map<String, AtomicInteger> statusCalls = new ConcurrentHashMap<>();
  public final Map<String, AtomicInteger> clientsCreated = new ConcurrentHashMap<>();
  public final AtomicInteger memberListCalls = new AtomicInteger();
  public final List<String> deleted = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile Function<String, CompletableFuture<Void>> put = key -> CompletableFuture.completedFuture(null);
  private volatile Function<String, CompletableFuture<MemberStatus>> status =
      endpoint -> CompletableFuture.completedFuture(status(1, 2));
  private volatile Function<String, CompletableFuture<Void>> read =
      endpoint -> CompletableFuture.completedFuture(null);
  private volatile Supplier<CompletableFuture<List<MemberInfo>>> memberList =
      () -> CompletableFuture.completedFuture(List.of());
  private volatile Supplier<CompletableFuture<List<Alarm>>> alarmList =
      () -> CompletableFuture.completedFuture(List.of());

  public static MemberStatus status(long leader, long term) {
    return new MemberStatus("3.4.23", leader, term, 10, 10, 20480, 16384, false, List.of());
  }

  public static MemberInfo member(long id, String name, int port) {
    return new MemberInfo(id, name, List.of("http://127.0.0.1:" + port), List.of("http://127.0.0.1:" + (port + 1)),
        false);
  }

  public FakeEtcd onStatus(Function<String, CompletableFuture<MemberStatus>> answer) {
    this.status = answer;
    return this;
  }

  public FakeEtcd onRead(Function<String, CompletableFuture<Void>> answer) {
    this.read = answer;
    return this;
  }

  public FakeEtcd onPut(Function<String, CompletableFuture<Void>> answer) {
    this.put = answer;
    return this;
  }

  public FakeEtcd onMemberList(Supplier<CompletableFuture<List<MemberInfo>>> answer) {
    this.memberList = answer;
    return this;
  }

  public FakeEtcd onAlarmList(Supplier<CompletableFuture<List<Alarm>>> answer) {
    this.alarmList = answer;
    return this;
  }

  @Override
  public EtcdClusterClient cluster(List<String> endpoints) {
    return new EtcdClusterClient() {
      @Override
      public CompletableFuture<List<MemberInfo>> memberList(Duration timeout) {
        memberListCalls.incrementAndGet();
        return memberList.get();
      }

      @Override
      public CompletableFuture<List<Alarm>> alarmList(Duration timeout) {
        return alarmList.get();
      }

      @Override
      public CompletableFuture<Void> put(byte[] key, byte[] value, Duration timeout) {
        return put.apply(new String(key, java.nio.charset.StandardCharsets.UTF_8));
      }

      @Override
      public CompletableFuture<Void> delete(byte[] key, Duration timeout) {
        deleted.add(new String(key, java.nio.charset.StandardCharsets.UTF_8));
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public EtcdMemberClient member(String endpoint) {
    clientsCreated.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
    return new EtcdMemberClient() {
      @Override
      public CompletableFuture<MemberStatus> status(Duration timeout) {
        statusCalls.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
        return status.apply(endpoint);
      }

      @Override
      public CompletableFuture<Void> linearizableRead(byte[] key, Duration timeout) {
        return read.apply(endpoint);
      }

      @Override
      public void reconnectNow() {}

      @Override
      public void close() {}
    };
  }

  public int statusCallsTo(String endpoint) {
    AtomicInteger n = statusCalls.get(endpoint);
    return n == null ? 0 : n.get();
  }
}
