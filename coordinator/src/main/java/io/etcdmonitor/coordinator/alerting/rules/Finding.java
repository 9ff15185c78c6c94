package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.coordinator.alerting.Alert;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rule's statement that its condition holds now, for one set of labels: the raw material of an alert before
 * the engine adds lifecycle ({@code for}, firing, resolved) and the cluster label.
 *
 * @param labels what identifies this occurrence besides the rule and severity, e.g. {@code member}
 * @param annotations summary, description, runbook and any detail a human needs
 */
public record Finding(
    String rule, Alert.Severity severity, SortedMap<String, String> labels, SortedMap<String, String> annotations,
    List<String> members) {

  /** The annotation with the likely cause of a leader change: disk, network, or both. */
  public static final String CAUSE = "cause";

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    annotations = Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    members = List.copyOf(members);
  }

  /** A finding with a summary, a description and a runbook hint, as every rule gives. */
  public static Finding of(String rule, Alert.Severity severity, Map<String, String> labels, String summary,
      String description, String runbook, List<String> members) {
    TreeMap<String, String> annotations = new TreeMap<>();
    annotations.put(Alert.SUMMARY, summary);
    annotations.put(Alert.DESCRIPTION, description);
    annotations.put(Alert.RUNBOOK_HINT, runbook);
    return new Finding(rule, severity, new TreeMap<>(labels), annotations, members);
  }

  /** The same finding with one more annotation. */
  public Finding with(String annotation, String value) {
    TreeMap<String, String> more = new TreeMap<>(annotations);
    more.put(annotation, value);
    return new Finding(rule, severity, labels, more, members);
  }
}
