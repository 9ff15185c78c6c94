package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.ReadCheck;
import java.util.List;

/**
 * One entry of {@code GET /api/v1/cluster/health}, shaped like {@code etcdctl endpoint health --cluster -w json}.
 * It reports the latest probe's linearizable read (at most one health-check interval old), not a fresh request.
 * Like etcdctl, it lists only members with a client endpoint: one that has not started has none to check.
 */
public record EndpointHealthJson(String endpoint, boolean health, Double tookMs, String error) {

  static final String NOT_CHECKED = "not checked yet";

  public static List<EndpointHealthJson> from(ClusterView view) {
    return view.members().stream().filter(m -> m.endpoint() != null).map(EndpointHealthJson::from).toList();
  }

  static EndpointHealthJson from(MemberView member) {
    ReadCheck read = member.lastRead();
    boolean healthy = member.reachable() && read != null && read.ok();
    Double took = read == null ? null : read.latencyMs();
    return new EndpointHealthJson(member.endpoint(), healthy, took, healthy ? null : error(member, read));
  }

  private static String error(MemberView member, ReadCheck read) {
    if (!member.reachable() && member.lastError() != null) {
      return member.lastError();
    }
    if (read != null && read.error() != null) {
      return read.error();
    }
    return member.lastError() != null ? member.lastError() : NOT_CHECKED;
  }
}
