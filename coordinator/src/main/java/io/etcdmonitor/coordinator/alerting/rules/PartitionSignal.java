package io.etcdmonitor.coordinator.alerting.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One verdict of the partition classifier as the rules need it: what kind, who is involved, and the evidence in
 * words. An adapter turns the classifier's verdicts into these, so the rules stay independent of its types.
 *
 * @param evidence the cells that support the verdict, for the alert's description
 */
public record PartitionSignal(
    Kind kind, List<String> members, List<String> vantages, List<String> datacenters, String evidence) {

  /** The verdicts the classifier can reach. */
  public enum Kind {
    MEMBER_DOWN,
    MEMBER_ISOLATED,
    VANTAGE_LINK_FAULT,
    VANTAGE_ISOLATED,
    QUORUM_LOST,
    MINORITY_PARTITION,
    DATACENTER_SPLIT,
    SPLIT_LEADER_VIEW;

    /** A fault of the monitor's own network, never evidence against etcd. */
    public boolean aboutMonitor() {
      return this == VANTAGE_LINK_FAULT || this == VANTAGE_ISOLATED;
    }

    /** The label value: {@code minority_partition}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public PartitionSignal {
    Objects.requireNonNull(kind, "kind");
    members = List.copyOf(members);
    vantages = List.copyOf(vantages);
    datacenters = List.copyOf(datacenters);
    evidence = evidence == null ? "" : evidence;
  }
}
