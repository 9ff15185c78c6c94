package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.coordinator.partition.NetworkPartition;
import io.etcdmonitor.protocol.ClusterView;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /api/v1/cluster/status}: everything an operator asks first (quorum, leader, how often
 * it moved, alarms, every member). {@code leaderChanges} is the count over the last hour, as the seed's
 * {@code jq '.leaderChanges'} expects. After the seed's fields: {@code networkPartition}, true while etcd's
 * members are cut off from each other, and the active partition verdicts.
 */
public record ClusterStatusResponse(
    boolean healthy,
    List<String> reasons,
    String leaderId,
    int memberCount,
    int healthyMembers,
    int quorumSize,
    int leaderChanges,
    List<LeaderChangeJson> leaderHistory,
    List<AlarmJson> alarms,
    List<MemberJson> members,
    Instant lastUpdated,
    boolean networkPartition,
    List<PartitionJson> partitions) {

  public static ClusterStatusResponse from(ClusterView view) {
    return new ClusterStatusResponse(
        HealthResponse.healthy(view),
        HealthResponse.reasons(view),
        Ids.hexOrNull(view.leaderId()),
        view.memberCount(),
        view.healthyMembers(),
        view.quorumSize(),
        view.leaderChangesLastHour(),
        view.leaderHistory().stream().map(LeaderChangeJson::from).toList(),
        view.alarms().stream().map(alarm -> AlarmJson.from(alarm, view.members())).toList(),
        MemberJson.all(view.members()),
        view.lastUpdated(),
        NetworkPartition.among(view.partitions()),
        PartitionJson.all(view.partitions()));
  }
}
