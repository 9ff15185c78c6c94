package io.etcdmonitor.coordinator.alerting;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The human-readable wording shared by the console, email and Slack channels, so an alert reads the same
 * wherever an operator meets it.
 */
public final class NotificationText {
  private static final Set<String> SHOWN_ELSEWHERE = Set.of(Alert.ALERTNAME, Alert.SEVERITY);

  private NotificationText() {}

  /** {@code [FIRING:2] etcdNoLeader critical} or {@code [RESOLVED] etcdNoLeader critical}. */
  public static String title(Notification n) {
    String status = n.status() == Alert.Status.FIRING
        ? "FIRING:" + n.firingAlerts().size()
        : "RESOLVED";
    return "[" + status + "] " + String.join(",", names(n)) + " " + n.severity().label();
  }

  /** The title, the members involved and the first summary, on one line. */
  public static String oneLine(Notification n) {
    StringBuilder line = new StringBuilder(title(n));
    List<String> members = members(n);
    if (!members.isEmpty()) {
      line.append(" members=").append(String.join(",", members));
    }
    List<Alert> shown = n.status() == Alert.Status.FIRING ? n.firingAlerts() : n.alerts();
    line.append(": ").append(shown.get(0).summary());
    if (shown.size() > 1) {
      line.append(" (+").append(shown.size() - 1).append(" more)");
    }
    return line.toString().replace('\n', ' ');
  }

  /** Every alert of the group as a block of text: summary, description, members, runbook, times, labels. */
  public static String body(Notification n) {
    return n.alerts().stream().map(NotificationText::block).collect(Collectors.joining("\n"));
  }

  /** The distinct alert names of the group, in order. */
  public static List<String> names(Notification n) {
    return List.copyOf(n.alerts().stream().map(Alert::name).collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  /** The distinct members involved in any alert of the group, in order. */
  public static List<String> members(Notification n) {
    return List.copyOf(n.alerts().stream().flatMap(a -> a.members().stream())
        .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  private static String block(Alert a) {
    StringBuilder text = new StringBuilder();
    text.append(a.status().name()).append(' ').append(a.name()).append(" (").append(a.severity().label())
        .append("): ").append(a.summary()).append('\n');
    line(text, "Description", a.description());
    line(text, "Members", String.join(", ", a.members()));
    line(text, "Runbook", a.runbook());
    line(text, "Started", time(a.startsAt()));
    line(text, "Ended", time(a.endsAt()));
    line(text, "Labels", a.labels().entrySet().stream()
        .filter(e -> !SHOWN_ELSEWHERE.contains(e.getKey()))
        .map(Map.Entry::toString).collect(Collectors.joining(", ")));
    return text.toString();
  }

  private static void line(StringBuilder text, String name, String value) {
    if (!value.isEmpty()) {
      text.append("  ").append(name).append(": ").append(value).append('\n');
    }
  }

  private static String time(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
