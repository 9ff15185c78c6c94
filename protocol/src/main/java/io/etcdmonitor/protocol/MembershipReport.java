package io.etcdmonitor.protocol;

import java.time.Instant;
import java.util.List;

/**
 * The member list as one vantage last read it with MemberList.
 *
 * @param members the list read, or on failure the last list this vantage knew (possibly empty)
 * @param error why MemberList failed at {@code observedAt}, or null when it succeeded
 */
public record MembershipReport(
    String vantage, String datacenter, List<MemberInfo> members, String error, Instant observedAt)
    implements AgentReport {
  public MembershipReport {
    members = List.copyOf(members);
  }

  public static MembershipReport failed(
      String vantage, String datacenter, List<MemberInfo> lastKnown, String error, Instant at) {
    return new MembershipReport(vantage, datacenter, lastKnown, error, at);
  }
}
