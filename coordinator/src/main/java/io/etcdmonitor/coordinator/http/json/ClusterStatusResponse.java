package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.ClusterView;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /api/v1/cluster/status}: everything an operator asks first (quorum, leader, how often
 * it moved, alarms, every member). {@code leaderChanges} is the count over the last hour, as the seed's
 * {@code jq '.leaderChanges'} expects.
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
    Instant lastUpdated) {

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
        view.lastUpdated());
  }
}
