package io.etcdmonitor.agent.etcd;

import com.google.protobuf.ByteString;
import io.etcd.jetcd.api.KVGrpc;
import io.etcd.jetcd.api.MaintenanceGrpc;
import io.etcd.jetcd.api.RangeRequest;
import io.etcd.jetcd.api.StatusRequest;
import io.etcd.jetcd.api.StatusResponse;
import io.etcdmonitor.protocol.MemberStatus;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One member over jetcd's generated gRPC stubs on a channel we own. Unlike jetcd's {@code statusMember},
 * which opens a new channel per call, this keeps one HTTP/2 connection per member, sets a deadline per RPC,
 * and never retries behind the caller's back.
 */
final class GrpcMemberClient implements EtcdMemberClient {
  private final ManagedChannel channel;
  private final MaintenanceGrpc.MaintenanceFutureStub maintenance;
  private final KVGrpc.KVFutureStub kv;

  GrpcMemberClient(ManagedChannel channel) {
    this.channel = channel;
    this.maintenance = MaintenanceGrpc.newFutureStub(channel);
    this.kv = KVGrpc.newFutureStub(channel);
  }

  @Override
  public CompletableFuture<MemberStatus> status(Duration timeout) {
    return Channels.toCompletable(
            maintenance.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .status(StatusRequest.getDefaultInstance()))
        .thenApply(GrpcMemberClient::toStatus);
  }

  @Override
  public CompletableFuture<Void> linearizableRead(byte[] key, Duration timeout) {
    RangeRequest request = RangeRequest.newBuilder()
        .setKey(ByteString.copyFrom(key))
        .setSerializable(false)
        .setCountOnly(true)
        .build();
    return Channels.toCompletable(
            kv.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS).range(request))
        .thenApply(r -> null);
  }

  @Override
  public void reconnectNow() {
    channel.resetConnectBackoff();
  }

  @Override
  public void close() {
    channel.shutdownNow();
  }

  static MemberStatus toStatus(StatusResponse r) {
    return new MemberStatus(
        r.getVersion(),
        r.getLeader(),
        r.getRaftTerm(),
        r.getRaftIndex(),
        r.getRaftAppliedIndex(),
        r.getDbSize(),
        r.getDbSizeInUse(),
        r.getIsLearner(),
        r.getErrorsList());
  }
}
