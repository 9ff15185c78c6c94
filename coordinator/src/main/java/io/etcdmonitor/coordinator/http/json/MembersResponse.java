package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.ClusterView;
import java.util.List;

/** The body of {@code GET /api/v1/cluster/members}; an object, not a bare array, so fields can be added later. */
public record MembersResponse(List<MemberJson> members) {

  public static MembersResponse from(ClusterView view) {
    return new MembersResponse(MemberJson.all(view.members()));
  }
}
