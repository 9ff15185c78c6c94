package io.etcdmonitor.coordinator.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberView;
import java.util.List;

/**
 * One member as the API shows it. Status fields are the member's last answer, kept while it is unreachable, and
 * null (never 0) while it has never answered, so a script cannot mistake "unknown" for "empty".
 */
public record MemberJson(
    String id,
    String name,
    List<String> clientUrls,
    List<String> peerUrls,
    boolean reachable,
    @JsonProperty("isLeader") boolean isLeader,
    @JsonProperty("isLearner") boolean isLearner,
    String version,
    Long raftTerm,
    Long raftIndex,
    Long raftAppliedIndex,
    Long dbSize,
    Long dbSizeInUse,
    Double lastProbeLatencyMs,
    String lastError) {

  public static MemberJson from(MemberView member) {
    MemberStatus status = member.status();
    boolean known = status != null;
    return new MemberJson(
        MemberIds.toHex(member.info().id()),
        member.info().name(),
        member.info().clientUrls(),
        member.info().peerUrls(),
        member.reachable(),
        member.leader(),
        member.info().learner(),
        known ? status.version() : null,
        known ? status.raftTerm() : null,
        known ? status.raftIndex() : null,
        known ? status.raftAppliedIndex() : null,
        known ? status.dbSize() : null,
        known ? status.dbSizeInUse() : null,
        member.lastProbeLatencyMs(),
        member.lastError());
  }

  static List<MemberJson> all(List<MemberView> members) {
    return members.stream().map(MemberJson::from).toList();
  }
}
