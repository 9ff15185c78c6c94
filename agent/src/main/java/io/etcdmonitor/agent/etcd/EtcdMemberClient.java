package io.etcdmonitor.agent.etcd;

import io.etcdmonitor.protocol.MemberStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Talks to exactly one member over one long-lived connection, so every answer and every timing is that
 * member's own. Calls never block; each carries its own deadline.
 */
public interface EtcdMemberClient extends AutoCloseable {

  /** Maintenance.Status on this member. */
  CompletableFuture<MemberStatus> status(Duration timeout);

  /** A linearizable (quorum) Range of one key, served by this member; completes when it answered. */
  CompletableFuture<Void> linearizableRead(byte[] key, Duration timeout);

  /** Drops the connection's reconnect backoff so the next call tries to connect at once. */
  void reconnectNow();

  @Override
  void close();
}
