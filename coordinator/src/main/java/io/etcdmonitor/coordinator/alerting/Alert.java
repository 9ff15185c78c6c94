package io.etcdmonitor.coordinator.alerting;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One alert as the rule engine hands it to delivery: what is wrong, where, since when, and whether it is over.
 * Labels identify it (and give its {@link Fingerprint}); annotations explain it to a human.
 *
 * @param endsAt null while firing
 */
public record Alert(
    String name,
    Severity severity,
    SortedMap<String, String> labels,
    SortedMap<String, String> annotations,
    List<String> members,
    Instant startsAt,
    Instant endsAt,
    Status status,
    String fingerprint) {

  public static final String ALERTNAME = "alertname";
  public static final String SEVERITY = "severity";
  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";
  public static final String RUNBOOK = "runbook_url";
  /** What to do, in words and commands, for receivers that have no runbook site to link to. */
  public static final String RUNBOOK_HINT = "runbook";

  /** How urgently a human must act. */
  public enum Severity {
    WARNING,
    CRITICAL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the condition still holds. */
  public enum Status {
    FIRING,
    RESOLVED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Alert {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(status, "status");
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    members = List.copyOf(members);
    if ((status == Status.RESOLVED) != (endsAt != null)) {
      throw new IllegalArgumentException("endsAt is set exactly when the alert is resolved: " + name);
    }
    if (!Fingerprint.of(name, labels).equals(fingerprint)) {
      throw new IllegalArgumentException("fingerprint does not match name and labels of " + name);
    }
  }

  /** A firing alert; {@code alertname} and {@code severity} are added to the labels. */
  public static Alert firing(String name, Severity severity, Map<String, String> labels,
      Map<String, String> annotations, List<String> members, Instant startsAt) {
    TreeMap<String, String> all = new TreeMap<>(labels);
    all.put(ALERTNAME, name);
    all.put(SEVERITY, severity.label());
    return new Alert(name, severity, all, new TreeMap<>(annotations), members, startsAt, null, Status.FIRING,
        Fingerprint.of(name, all));
  }

  /** The same alert, over since {@code at}. */
  public Alert resolved(Instant at) {
    return new Alert(name, severity, labels, annotations, members, startsAt, at, Status.RESOLVED, fingerprint);
  }

  public boolean isFiring() {
    return status == Status.FIRING;
  }

  /** The one-line summary, or the name when the rule gave none. */
  public String summary() {
    return annotations.getOrDefault(SUMMARY, name);
  }

  public String description() {
    return annotations.getOrDefault(DESCRIPTION, "");
  }

  /** The runbook hint, or failing that the runbook link; empty when the rule gave neither. */
  public String runbook() {
    return annotations.getOrDefault(RUNBOOK_HINT, annotations.getOrDefault(RUNBOOK, ""));
  }
}
