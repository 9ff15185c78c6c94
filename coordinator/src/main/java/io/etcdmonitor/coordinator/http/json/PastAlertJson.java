package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.coordinator.alerting.engine.PastAlert;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One alert that fired and ended, in {@code GET /api/v1/alerts/history}.
 *
 * @param notified whether receivers were told it fired
 */
public record PastAlertJson(String name, String fingerprint, String severity, Map<String, String> labels,
    Map<String, String> annotations, List<String> members, Instant activeAt, Instant startsAt, Instant endsAt,
    boolean notified) {

  public static PastAlertJson from(PastAlert a) {
    return new PastAlertJson(a.name(), a.fingerprint(), a.severity().label(), a.labels(), a.annotations(),
        a.members(), a.activeAt(), a.startsAt(), a.endsAt(), a.notified());
  }

  /** The body of {@code GET /api/v1/alerts/history}, newest first. */
  public record History(List<PastAlertJson> alerts) {
    public static History from(List<PastAlert> alerts) {
      return new History(alerts.stream().map(PastAlertJson::from).toList());
    }
  }
}
