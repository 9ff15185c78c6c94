package io.etcdmonitor.agent.etcd;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.MemberInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Cluster-wide questions asked of whichever configured endpoint answers first, so discovery works while
 * some endpoints are down.
 */
public interface EtcdClusterClient extends AutoCloseable {

  /** Cluster.MemberList. */
  CompletableFuture<List<MemberInfo>> memberList(Duration timeout);

  /** Maintenance.Alarm(GET): the cluster's active alarms. */
  CompletableFuture<List<Alarm>> alarmList(Duration timeout);

  /** KV.Put of one key; etcd forwards it to the leader, so it completes once a quorum committed it. */
  CompletableFuture<Void> put(byte[] key, byte[] value, Duration timeout);

  /** KV.DeleteRange of one key. */
  CompletableFuture<Void> delete(byte[] key, Duration timeout);

  @Override
  void close();
}
