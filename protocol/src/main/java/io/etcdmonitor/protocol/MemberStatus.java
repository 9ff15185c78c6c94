package io.etcdmonitor.protocol;

import java.util.List;

/** What one member says about itself in a Maintenance.Status response. */
public record MemberStatus(
    String version,
    long leaderId,
    long raftTerm,
    long raftIndex,
    long raftAppliedIndex,
    long dbSize,
    long dbSizeInUse,
    boolean learner,
    List<String> errors)
    implements CborSerializable {
  public MemberStatus {
    errors = List.copyOf(errors);
  }
}
