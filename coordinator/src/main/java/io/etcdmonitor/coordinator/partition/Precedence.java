package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps one clear cause per fault: drops findings that a more fundamental one already explains. Applied to
 * each observation's raw findings and again to the active ones, so a fault changing shape (a link fault
 * turning into a dead member) never shows both while hysteresis catches up.
 */
final class Precedence {
  private Precedence() {}

  static List<Finding> apply(List<Finding> findings) {
    boolean quorumLost = findings.stream().anyMatch(f -> f.kind() == Kind.QUORUM_LOST);
    Set<String> down = membersOf(findings, Kind.MEMBER_DOWN);
    Set<String> split = membersOf(findings, Kind.DATACENTER_SPLIT);
    Set<String> isolatedVantages = new HashSet<>();
    findings.stream().filter(f -> f.kind() == Kind.VANTAGE_ISOLATED).forEach(f -> isolatedVantages.addAll(
        f.vantages()));

    List<Finding> kept = new ArrayList<>();
    Set<String> partitioned = new HashSet<>();
    for (Finding f : findings) {
      boolean drop = switch (f.kind()) {
        case MEMBER_ISOLATED, MINORITY_PARTITION -> quorumLost || overlaps(f, down) || overlaps(f, split);
        case SPLIT_LEADER_VIEW -> quorumLost;
        default -> false;
      };
      if (!drop) {
        kept.add(f);
        if (f.kind() == Kind.MEMBER_ISOLATED || f.kind() == Kind.MINORITY_PARTITION) {
          partitioned.addAll(f.members());
        }
      }
    }
    kept.removeIf(f -> f.kind() == Kind.VANTAGE_LINK_FAULT && (quorumLost || overlaps(f, down)
        || overlaps(f, split) || overlaps(f, partitioned) || isolatedVantages.containsAll(f.vantages())));
    return kept;
  }

  private static Set<String> membersOf(List<Finding> findings, Kind kind) {
    Set<String> members = new HashSet<>();
    findings.stream().filter(f -> f.kind() == kind).forEach(f -> members.addAll(f.members()));
    return members;
  }

  private static boolean overlaps(Finding f, Set<String> members) {
    return f.members().stream().anyMatch(members::contains);
  }
}
