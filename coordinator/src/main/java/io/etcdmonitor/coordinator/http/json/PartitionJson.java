package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.PartitionVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One partition verdict as the API shows it: {@code kind} as the classifier names it (for example
 * {@code MEMBER_ISOLATED}), {@code severity} and evidence {@code plane} in lower case as in alert labels.
 */
public record PartitionJson(
    String key,
    String kind,
    String severity,
    List<String> members,
    List<String> vantages,
    List<String> datacenters,
    List<EvidenceJson> evidence,
    int evidenceOmitted,
    Instant since,
    String explanation) {

  /** One observed fact behind the verdict; {@code to} is null for a member's statement about itself. */
  public record EvidenceJson(String plane, String from, String to, String observation, Instant observedAt) {}

  public static PartitionJson from(PartitionVerdict v) {
    return new PartitionJson(v.key(), v.kind().name(), lower(v.severity()), v.members(), v.vantages(),
        v.datacenters(), v.evidence().stream()
            .map(e -> new EvidenceJson(lower(e.plane()), e.from(), e.to(), e.observation(), e.observedAt()))
            .toList(),
        v.evidenceOmitted(), v.since(), v.explanation());
  }

  public static List<PartitionJson> all(List<PartitionVerdict> verdicts) {
    return verdicts.stream().map(PartitionJson::from).toList();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
