package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict.Evidence;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.PartitionVerdict.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Faults of the monitoring paths rather than of etcd: a vantage that reaches no member while others do,
 * and vantages that cannot reach a member that other vantages reach.
 */
final class VantageRules {
  private VantageRules() {}

  /** {@code splits} account for some failures: those are not link faults. */
  static List<Finding> evaluate(Observation o, List<DatacenterSplits.Side> splits) {
    List<Finding> findings = new ArrayList<>(isolatedVantages(o));
    for (int m = 0; m < o.memberCount; m++) {
      if (o.reachedBy[m] > 0 && o.failedBy[m] > 0) {
        linkFault(o, m, splits).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** One finding per datacenter (or per vantage when its datacenter is unknown), so many agents make one line. */
  private static List<Finding> isolatedVantages(Observation o) {
    Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
    for (int v = 0; v < o.vantageCount; v++) {
      if (o.isolated[v]) {
        String dc = o.vantageDatacenter(v);
        String subject = dc == null || dc.isEmpty() ? "vantage=" + o.vantage(v) : "dc=" + dc;
        bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(v);
      }
    }
    List<Finding> findings = new ArrayList<>();
    bySubject.forEach((subject, vantages) -> {
      List<Evidence> evidence = new ArrayList<>();
      for (int v : vantages) {
        for (int m = 0; m < o.memberCount; m++) {
          if (o.cell(v, m).failed()) {
            evidence.add(o.vantageEvidence(v, m));
          }
        }
      }
      List<String> names = MemberRules.names(o, vantages);
      String dc = o.vantageDatacenter(vantages.get(0));
      boolean dcKnown = subject.startsWith("dc=");
      String text = Phrases.counted("vantage", names) + (dcKnown ? " in " + dc : "") + " reach"
          + (names.size() == 1 ? "es" : "") + " none of the " + o.memberCount + " members while other vantages"
          + " reach them: a problem of the monitor's host or network, not of etcd";
      findings.add(new Finding(new Finding.Key(Kind.VANTAGE_ISOLATED, subject), Severity.WARNING, List.of(),
          names, dcKnown ? List.of(dc) : List.of(), evidence, text));
    });
    return findings;
  }

  private static Optional<Finding> linkFault(Observation o, int m, List<DatacenterSplits.Side> splits) {
    List<Integer> failers = new ArrayList<>();
    List<Integer> reachers = new ArrayList<>();
    for (int v = 0; v < o.vantageCount; v++) {
      int vantage = v;
      if (o.live[v] && o.cell(v, m).failed() && splits.stream().noneMatch(s -> s.explains(o, vantage, m))) {
        failers.add(v);
      } else if (o.live[v] && o.cell(v, m).reached()) {
        reachers.add(v);
      }
    }
    if (failers.isEmpty()) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    failers.forEach(v -> evidence.add(o.vantageEvidence(v, m)));
    reachers.stream().limit(2).forEach(v -> evidence.add(o.vantageEvidence(v, m)));
    List<String> failing = MemberRules.names(o, failers);
    List<String> reaching = MemberRules.names(o, reachers);
    List<String> datacenters = failers.stream().map(o::vantageDatacenter)
        .filter(dc -> dc != null && !dc.isEmpty()).distinct().toList();
    String member = o.member(m);
    String text = Phrases.counted("vantage", failing) + " cannot reach " + member + " ("
        + MemberRules.reasons(o, m, failers) + ") though " + (failing.size() == 1 ? "it reaches" : "they reach")
        + " other members and " + Phrases.counted("vantage", reaching) + " reach" + (reaching.size() == 1 ? "es " : " ")
        + member + ": a fault on the network path from " + (failing.size() == 1 ? failing.get(0) : "those vantages")
        + " to " + member + ", not an etcd outage";
    return Optional.of(new Finding(new Finding.Key(Kind.VANTAGE_LINK_FAULT, member), Severity.WARNING,
        List.of(member), failing, datacenters, evidence, text));
  }
}
