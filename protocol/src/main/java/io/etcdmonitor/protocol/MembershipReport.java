package io.etcdmonitor.protocol;

import java.time.Instant;
import java.util.List;

/** The member list as one vantage last read it with MemberList. */
public record MembershipReport(String vantage, String datacenter, List<MemberInfo> members, Instant observedAt)
    implements AgentReport {
  public MembershipReport {
    members = List.copyOf(members);
  }
}
