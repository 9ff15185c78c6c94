package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.coordinator.alerting.engine.ActiveAlert;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One pending or firing alert in {@code GET /api/v1/alerts}. {@code silenced} and {@code inhibited} say why a
 * firing alert may not have reached receivers.
 *
 * @param activeAt when its condition started to hold
 * @param startsAt when it started firing; null while pending
 */
public record AlertJson(String name, String fingerprint, String state, String severity, Map<String, String> labels,
    Map<String, String> annotations, List<String> members, Instant activeAt, Instant startsAt, boolean silenced,
    List<String> silencedBy, boolean inhibited, List<String> inhibitedBy) {

  public static AlertJson from(ActiveAlert a) {
    return new AlertJson(a.name(), a.fingerprint(), a.phase().label(), a.severity().label(), a.labels(),
        a.annotations(), a.members(), a.activeAt(), a.startsAt(), !a.silencedBy().isEmpty(), a.silencedBy(),
        !a.inhibitedBy().isEmpty(), a.inhibitedBy());
  }

  /** The body of {@code GET /api/v1/alerts}. */
  public record Active(List<AlertJson> alerts) {
    public static Active from(List<ActiveAlert> alerts) {
      return new Active(alerts.stream().map(AlertJson::from).toList());
    }
  }
}
