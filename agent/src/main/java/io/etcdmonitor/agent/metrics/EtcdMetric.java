package io.etcdmonitor.agent.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Where each figure lives in etcd 3.4, 3.5 and 3.6, as candidate names tried in order, so a renamed metric is
 * found under whichever name the member's version uses. A figure found under no name is absent, not zero.
 */
public enum EtcdMetric {
  PROPOSALS_COMMITTED("etcd_server_proposals_committed_total"),
  PROPOSALS_APPLIED("etcd_server_proposals_applied_total"),
  PROPOSALS_PENDING("etcd_server_proposals_pending"),
  PROPOSALS_FAILED("etcd_server_proposals_failed_total"),
  LEADER_CHANGES_SEEN("etcd_server_leader_changes_seen_total"),
  HAS_LEADER("etcd_server_has_leader"),
  IS_LEADER("etcd_server_is_leader"),
  IS_LEARNER("etcd_server_is_learner"),
  SLOW_APPLIES("etcd_server_slow_apply_total"),
  HEARTBEAT_SEND_FAILURES("etcd_server_heartbeat_send_failures_total"),
  SLOW_READ_INDEXES("etcd_server_slow_read_indexes_total"),
  WAL_FSYNC_DURATION("etcd_disk_wal_fsync_duration_seconds"),
  BACKEND_COMMIT_DURATION("etcd_disk_backend_commit_duration_seconds"),
  /** Promoted out of "debugging" in 3.4, which exports both names; 3.5 dropped the old one. */
  DB_TOTAL_SIZE("etcd_mvcc_db_total_size_in_bytes", "etcd_debugging_mvcc_db_total_size_in_bytes"),
  DB_IN_USE("etcd_mvcc_db_total_size_in_use_in_bytes"),
  QUOTA_BACKEND("etcd_server_quota_backend_bytes"),
  WATCHERS("etcd_debugging_mvcc_watcher_total"),
  WATCH_STREAMS("etcd_debugging_mvcc_watch_stream_total"),
  SLOW_WATCHERS("etcd_debugging_mvcc_slow_watcher_total"),
  GRPC_STARTED("grpc_server_started_total"),
  GRPC_HANDLED("grpc_server_handled_total"),
  CLIENT_GRPC_RECEIVED_BYTES("etcd_network_client_grpc_received_bytes_total"),
  CLIENT_GRPC_SENT_BYTES("etcd_network_client_grpc_sent_bytes_total"),
  PEER_ROUND_TRIP_TIME("etcd_network_peer_round_trip_time_seconds"),
  PEER_SENT_FAILURES("etcd_network_peer_sent_failures_total"),
  PEER_RECEIVED_FAILURES("etcd_network_peer_received_failures_total"),
  PEER_SENT_BYTES("etcd_network_peer_sent_bytes_total"),
  ACTIVE_PEERS("etcd_network_active_peers"),
  RESIDENT_MEMORY("process_resident_memory_bytes"),
  CPU_SECONDS("process_cpu_seconds_total"),
  OPEN_FDS("process_open_fds"),
  MAX_FDS("process_max_fds"),
  /** From 3.4.16 and 3.5. */
  OS_FD_USED("os_fd_used"),
  /** From 3.4.16 and 3.5. */
  OS_FD_LIMIT("os_fd_limit"),
  SERVER_VERSION("etcd_server_version");

  private final List<String> names;

  EtcdMetric(String... names) {
    this.names = List.of(names);
  }

  /** Candidate family names, preferred first. */
  public List<String> names() {
    return names;
  }

  /** The family under the first candidate name the scrape has. */
  public Optional<MetricFamily> find(ParsedMetrics metrics) {
    for (String name : names) {
      MetricFamily family = metrics.families().get(name);
      if (family != null) {
        return Optional.of(family);
      }
    }
    return Optional.empty();
  }
}
