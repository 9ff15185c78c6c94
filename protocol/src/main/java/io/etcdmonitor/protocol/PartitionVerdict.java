package io.etcdmonitor.protocol;

import java.time.Instant;
import java.util.List;

/**
 * One named cause of trouble found by comparing the reachability and peer matrices, with who and where it
 * concerns, the cells that show it and a sentence an operator can act on. Alerts and the API carry these
 * as they are.
 *
 * @param key stable identity across observations (kind plus subject), for deduplicating alerts
 * @param members the members concerned; for a split, the members on the minority side
 * @param vantages the vantage points concerned
 * @param datacenters the datacenters concerned, in the order the explanation names them
 * @param evidence the cells that support the verdict, at most {@link #MAX_EVIDENCE}
 * @param evidenceOmitted how many more supporting cells exist beyond {@code evidence}
 * @param since the first observation of the run of observations that made this verdict active
 * @param explanation one line in plain words
 */
public record PartitionVerdict(
    String key,
    Kind kind,
    Severity severity,
    List<String> members,
    List<String> vantages,
    List<String> datacenters,
    List<Evidence> evidence,
    int evidenceOmitted,
    Instant since,
    String explanation)
    implements CborSerializable {

  public static final int MAX_EVIDENCE = 12;

  public PartitionVerdict {
    members = List.copyOf(members);
    vantages = List.copyOf(vantages);
    datacenters = List.copyOf(datacenters);
    evidence = List.copyOf(evidence);
  }

  /** What kind of cause; the classifier's Javadoc says when each applies. */
  public enum Kind {
    MEMBER_DOWN,
    MEMBER_ISOLATED,
    VANTAGE_LINK_FAULT,
    VANTAGE_ISOLATED,
    QUORUM_LOST,
    MINORITY_PARTITION,
    DATACENTER_SPLIT,
    SPLIT_LEADER_VIEW
  }

  /** Alert severity, as the {@code severity} label of alerts and metrics spells it in lower case. */
  public enum Severity {
    WARNING,
    CRITICAL
  }

  /** Which plane a piece of evidence comes from. */
  public enum Plane {
    /** A reachability cell: a vantage probing a member's client port. */
    VANTAGE,
    /** A peer cell: one member's metrics about its link to another. */
    PEER,
    /** What a member says about its leader and term. */
    LEADER
  }

  /**
   * One observed fact behind a verdict.
   *
   * @param from the vantage or member that observed it
   * @param to the member it is about; null for a member's statement about itself
   * @param observation a short phrase, e.g. "timed out after 1000 ms" or "no connection"
   * @param observedAt when it was observed; null when the source gives no time
   */
  public record Evidence(Plane plane, String from, String to, String observation, Instant observedAt) {}
}
