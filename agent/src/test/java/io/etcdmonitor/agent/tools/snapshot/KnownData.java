package io.etcdmonitor.agent.tools.snapshot;

import com.google.protobuf.ByteString;
import io.etcd.jetcd.api.CompactionRequest;
import io.etcd.jetcd.api.DeleteRangeRequest;
import io.etcd.jetcd.api.KVGrpc;
import io.etcd.jetcd.api.PutRequest;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Writes a known history into a test cluster: small keys over many leaf pages, values large enough for overflow
 * pages, overwrites, deletes (tombstones) and a physical compaction. Returns the revision of the last write.
 */
final class KnownData {
  static final int KEYS = 400;

  private KnownData() {}

  static long write(URI plainClientUrl) throws InterruptedException {
    ManagedChannel channel = NettyChannelBuilder.forAddress(plainClientUrl.getHost(), plainClientUrl.getPort())
        .usePlaintext().build();
    try {
      KVGrpc.KVBlockingStub kv = KVGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
      Random random = new Random(42);
      for (int i = 0; i < KEYS; i++) {
        put(kv, "/registry/pods/ns-" + (i % 5) + "/pod-" + i, "spec-" + i + "-" + "x".repeat(80));
      }
      byte[] big = new byte[20_000];
      for (int i = 0; i < 5; i++) {
        random.nextBytes(big);
        kv.put(PutRequest.newBuilder().setKey(utf8("/blobs/" + i)).setValue(ByteString.copyFrom(big)).build());
      }
      long revision = 0;
      for (int i = 0; i < 100; i++) {
        revision = put(kv, "/registry/pods/ns-" + (i % 5) + "/pod-" + i, "updated-" + i);
      }
      kv.compact(CompactionRequest.newBuilder().setRevision(revision - 50).setPhysical(true).build());
      for (int i = KEYS - 20; i < KEYS; i++) {
        revision = kv.deleteRange(DeleteRangeRequest.newBuilder()
            .setKey(utf8("/registry/pods/ns-" + (i % 5) + "/pod-" + i)).build()).getHeader().getRevision();
      }
      return revision;
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static long put(KVGrpc.KVBlockingStub kv, String key, String value) {
    return kv.put(PutRequest.newBuilder().setKey(utf8(key)).setValue(utf8(value)).build()).getHeader().getRevision();
  }

  private static ByteString utf8(String s) {
    return ByteString.copyFrom(s, StandardCharsets.UTF_8);
  }
}
