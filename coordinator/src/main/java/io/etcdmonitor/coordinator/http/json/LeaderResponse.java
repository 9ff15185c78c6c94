package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberView;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code GET /api/v1/cluster/leader}: who leads, in which term, and how restless leadership has been.
 * {@code name} is null and {@code clientUrls} empty when the leader is not (yet) in the member list.
 */
public record LeaderResponse(
    String id,
    String name,
    List<String> clientUrls,
    Long raftTerm,
    int leaderChanges,
    LeaderChangeJson lastChange) {

  /** Empty when the cluster has no leader. */
  public static Optional<LeaderResponse> from(ClusterView view) {
    if (view.leaderId() == MemberIds.NONE) {
      return Optional.empty();
    }
    Optional<MemberView> leader = view.members().stream()
        .filter(m -> m.info().id() == view.leaderId())
        .findFirst();
    List<LeaderChangeJson> history = view.leaderHistory().stream().map(LeaderChangeJson::from).toList();
    return Optional.of(new LeaderResponse(
        MemberIds.toHex(view.leaderId()),
        leader.map(m -> m.info().name()).orElse(null),
        leader.map(m -> m.info().clientUrls()).orElse(List.of()),
        leader.map(MemberView::status).map(s -> s.raftTerm()).orElse(null),
        view.leaderChangesLastHour(),
        history.isEmpty() ? null : history.get(history.size() - 1)));
  }
}
