package io.etcdmonitor.agent.etcd;

import com.google.protobuf.ByteString;
import io.etcd.jetcd.api.AlarmRequest;
import io.etcd.jetcd.api.ClusterGrpc;
import io.etcd.jetcd.api.DeleteRangeRequest;
import io.etcd.jetcd.api.KVGrpc;
import io.etcd.jetcd.api.MaintenanceGrpc;
import io.etcd.jetcd.api.Member;
import io.etcd.jetcd.api.MemberListRequest;
import io.etcd.jetcd.api.PutRequest;
import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.MemberInfo;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Asks the configured endpoints in turn, starting from the last one that answered, so a dead seed endpoint
 * costs one timeout at most once.
 */
final class GrpcClusterClient implements EtcdClusterClient {
  private final List<ManagedChannel> channels;
  private final List<String> urls;
  private volatile int preferred;

  GrpcClusterClient(List<String> urls, List<ManagedChannel> channels) {
    this.urls = List.copyOf(urls);
    this.channels = List.copyOf(channels);
  }

  @Override
  public CompletableFuture<List<MemberInfo>> memberList(Duration timeout) {
    return firstAnswer(timeout, (channel, deadline) -> Channels.toCompletable(
            ClusterGrpc.newFutureStub(channel).withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
                .memberList(MemberListRequest.getDefaultInstance()))
        .thenApply(r -> r.getMembersList().stream().map(GrpcClusterClient::toInfo).toList()));
  }

  @Override
  public CompletableFuture<List<Alarm>> alarmList(Duration timeout) {
    AlarmRequest request = AlarmRequest.newBuilder().setAction(AlarmRequest.AlarmAction.GET).build();
    return firstAnswer(timeout, (channel, deadline) -> Channels.toCompletable(
            MaintenanceGrpc.newFutureStub(channel).withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
                .alarm(request))
        .thenApply(r -> r.getAlarmsList().stream()
            .map(a -> new Alarm(a.getMemberID(), alarmName(a.getAlarmValue())))
            .toList()));
  }

  @Override
  public CompletableFuture<Void> put(byte[] key, byte[] value, Duration timeout) {
    PutRequest request = PutRequest.newBuilder().setKey(ByteString.copyFrom(key)).setValue(ByteString.copyFrom(value))
        .build();
    return firstAnswer(timeout, (channel, deadline) -> Channels.toCompletable(
            KVGrpc.newFutureStub(channel).withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS).put(request))
        .thenApply(r -> (Void) null));
  }

  @Override
  public CompletableFuture<Void> delete(byte[] key, Duration timeout) {
    DeleteRangeRequest request = DeleteRangeRequest.newBuilder().setKey(ByteString.copyFrom(key)).build();
    return firstAnswer(timeout, (channel, deadline) -> Channels.toCompletable(
            KVGrpc.newFutureStub(channel).withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
                .deleteRange(request))
        .thenApply(r -> (Void) null));
  }

  /** etcd's AlarmType numbers; jetcd's proto predates CORRUPT, so it would say UNRECOGNIZED. */
  static String alarmName(int value) {
    return switch (value) {
      case 0 -> "NONE";
      case 1 -> "NOSPACE";
      case 2 -> "CORRUPT";
      default -> "UNKNOWN(" + value + ")";
    };
  }

  private <T> CompletableFuture<T> firstAnswer(
      Duration timeout, BiFunction<ManagedChannel, Duration, CompletableFuture<T>> call) {
    return attempt(preferred, 0, timeout, call, new ArrayList<>());
  }

  private <T> CompletableFuture<T> attempt(int index, int tried, Duration timeout,
      BiFunction<ManagedChannel, Duration, CompletableFuture<T>> call, List<String> failures) {
    ManagedChannel channel = channels.get(index);
    return call.apply(channel, timeout).handle((value, error) -> {
      if (error == null) {
        preferred = index;
        return CompletableFuture.completedFuture(value);
      }
      channel.resetConnectBackoff();
      failures.add(urls.get(index) + ": " + GrpcErrors.describe(error));
      if (tried + 1 >= channels.size()) {
        return CompletableFuture.<T>failedFuture(
            new CompletionException(new EndpointsUnreachableException(String.join("; ", failures))));
      }
      return attempt((index + 1) % channels.size(), tried + 1, timeout, call, failures);
    }).thenCompose(f -> f);
  }

  static MemberInfo toInfo(Member m) {
    return new MemberInfo(m.getID(), m.getName(), List.copyOf(m.getClientURLsList()),
        List.copyOf(m.getPeerURLsList()), m.getIsLearner());
  }

  @Override
  public void close() {
    channels.forEach(ManagedChannel::shutdownNow);
  }
}
