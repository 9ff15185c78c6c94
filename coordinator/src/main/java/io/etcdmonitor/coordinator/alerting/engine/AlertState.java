package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.rules.Finding;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where one alert (one fingerprint) stands: pending since its condition first held, firing once it held for the
 * rule's {@code for}, resolved once it stopped. Replaced, never mutated.
 *
 * @param labels every label, {@code alertname}, {@code severity} and {@code cluster} included
 * @param firedAt null while pending
 * @param resolvedAt null until resolved
 * @param restored true for an alert restored from the notification log after a restart and not yet seen again
 */
record AlertState(String fingerprint, Finding finding, SortedMap<String, String> labels, Instant activeSince,
    Instant firedAt, Instant resolvedAt, boolean restored) {

  AlertState {
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  static AlertState pending(String fingerprint, Finding finding, Map<String, String> labels, Instant now) {
    return new AlertState(fingerprint, finding, new TreeMap<>(labels), now, null, null, false);
  }

  /** An alert that was firing, and notified, before a restart; {@code engineLabels} are not the rule's own. */
  static AlertState restoredFrom(Alert alert, String... engineLabels) {
    TreeMap<String, String> own = new TreeMap<>(alert.labels());
    own.keySet().removeAll(List.of(Alert.ALERTNAME, Alert.SEVERITY));
    own.keySet().removeAll(List.of(engineLabels));
    Finding finding = new Finding(alert.name(), alert.severity(), own, alert.annotations(), alert.members());
    return new AlertState(alert.fingerprint(), finding, alert.labels(), alert.startsAt(), alert.startsAt(), null,
        true);
  }

  AlertPhase phase() {
    if (resolvedAt != null) {
      return AlertPhase.RESOLVED;
    }
    return firedAt != null ? AlertPhase.FIRING : AlertPhase.PENDING;
  }

  String rule() {
    return finding.rule();
  }

  /** The same occurrence seen again now: newest wording, confirmed if it was restored. */
  AlertState seen(Finding latest) {
    return new AlertState(fingerprint, latest, labels, activeSince, firedAt, null, false);
  }

  AlertState fired(Instant at) {
    return new AlertState(fingerprint, finding, labels, activeSince, at, null, false);
  }

  AlertState resolved(Instant at) {
    return new AlertState(fingerprint, finding, labels, activeSince, firedAt, at, restored);
  }

  /** The alert as receivers see it; {@code startsAt} is when it started firing. */
  Alert toAlert() {
    Alert firing = new Alert(finding.rule(), finding.severity(), labels, finding.annotations(), finding.members(),
        firedAt, null, Alert.Status.FIRING, fingerprint);
    return resolvedAt == null ? firing : firing.resolved(resolvedAt);
  }
}
