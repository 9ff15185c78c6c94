package io.etcdmonitor.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.List;

/**
 * The merged, immutable picture of the etcd cluster that the HTTP API, /metrics and alerting read. Built by
 * the coordinator from every agent report; replaced, never mutated.
 *
 * @param complete true once every known member has been probed at least once
 * @param healthy a leader exists and a quorum of voting members is reachable
 * @param reasons why the cluster is not healthy, one phrase each; empty when healthy
 * @param leaderId the current leader, or {@link MemberIds#NONE}
 * @param memberCount members in the member list, learners included
 * @param votingMembers members that count towards quorum
 * @param healthyMembers reachable members, learners included
 * @param quorumSize votes needed: votingMembers / 2 + 1
 * @param leaderChangesLastHour leader changes observed in the last hour
 * @param leaderHistory observed leader changes, oldest first, bounded
 * @param telemetry cluster-wide latency windows and counters
 * @param partitions the active partition verdicts, most severe first; the matrices behind them are in
 *     {@link NetworkView}, which is too large to travel with every view
 */
public record ClusterView(
    Instant lastUpdated,
    boolean complete,
    boolean healthy,
    List<String> reasons,
    long leaderId,
    int memberCount,
    int votingMembers,
    int healthyMembers,
    int quorumSize,
    int leaderChangesLastHour,
    List<LeaderChange> leaderHistory,
    List<Alarm> alarms,
    List<MemberView> members,
    ClusterTelemetry telemetry,
    List<PartitionVerdict> partitions)
    implements CborSerializable {
  @JsonCreator
  public ClusterView {
    reasons = List.copyOf(reasons);
    leaderHistory = List.copyOf(leaderHistory);
    alarms = List.copyOf(alarms);
    members = List.copyOf(members);
    partitions = List.copyOf(partitions);
  }

  /** A view without partition verdicts: what the view builder knows before the classifier has spoken. */
  public ClusterView(Instant lastUpdated, boolean complete, boolean healthy, List<String> reasons, long leaderId,
      int memberCount, int votingMembers, int healthyMembers, int quorumSize, int leaderChangesLastHour,
      List<LeaderChange> leaderHistory, List<Alarm> alarms, List<MemberView> members, ClusterTelemetry telemetry) {
    this(lastUpdated, complete, healthy, reasons, leaderId, memberCount, votingMembers, healthyMembers, quorumSize,
        leaderChangesLastHour, leaderHistory, alarms, members, telemetry, List.of());
  }

  /** This view with the classifier's active verdicts. */
  public ClusterView withPartitions(List<PartitionVerdict> active) {
    return new ClusterView(lastUpdated, complete, healthy, reasons, leaderId, memberCount, votingMembers,
        healthyMembers, quorumSize, leaderChangesLastHour, leaderHistory, alarms, members, telemetry, active);
  }

  /** The view before any report has arrived. */
  public static ClusterView empty(Instant now) {
    return new ClusterView(now, false, false, List.of("no member list yet"), MemberIds.NONE, 0, 0, 0, 0, 0,
        List.of(), List.of(), List.of(), ClusterTelemetry.NONE);
  }
}
