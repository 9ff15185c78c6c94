package io.etcdmonitor.coordinator.alerting;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The complete current state of one alert group, as sent to every channel. A newer notification for a group
 * supersedes an older one with the same status, which is what lets a channel coalesce while it waits.
 *
 * @param id unique per notification, for logs and receivers that deduplicate
 * @param groupKey the group's identity, derived from its group labels
 * @param test true for a notification a user asked for to check a channel
 */
public record Notification(
    String id, String groupKey, SortedMap<String, String> groupLabels, List<Alert> alerts, boolean test) {

  public static final String TEST_ALERT = "EtcdMonitorTest";

  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(groupKey, "groupKey");
    groupLabels = Collections.unmodifiableSortedMap(new TreeMap<>(groupLabels));
    alerts = List.copyOf(alerts);
    if (alerts.isEmpty()) {
      throw new IllegalArgumentException("a notification carries at least one alert");
    }
  }

  /** A notification for the group identified by {@code groupLabels}. */
  public static Notification of(Map<String, String> groupLabels, List<Alert> alerts) {
    return new Notification(UUID.randomUUID().toString(), groupKey(groupLabels), new TreeMap<>(groupLabels), alerts,
        false);
  }

  /** A harmless firing alert that shows a user what this channel's messages look like. */
  public static Notification test(String channelName, Instant now) {
    Alert alert = Alert.firing(TEST_ALERT, Alert.Severity.WARNING, Map.of("channel", channelName),
        Map.of(Alert.SUMMARY, "Test notification from etcd-monitor",
            Alert.DESCRIPTION, "Channel '" + channelName + "' delivers etcd-monitor alerts. No action is needed."),
        List.of(), now);
    String id = UUID.randomUUID().toString();
    return new Notification(id, "test:" + id, new TreeMap<>(Map.of(Alert.ALERTNAME, TEST_ALERT)), List.of(alert),
        true);
  }

  /** Like Alertmanager's: the group labels in key order, {@code {alertname="x",cluster="y"}}. */
  public static String groupKey(Map<String, String> groupLabels) {
    return new TreeMap<>(groupLabels).entrySet().stream()
        .map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** Firing while any alert of the group fires. */
  public Alert.Status status() {
    return alerts.stream().anyMatch(Alert::isFiring) ? Alert.Status.FIRING : Alert.Status.RESOLVED;
  }

  public List<Alert> firingAlerts() {
    return alerts.stream().filter(Alert::isFiring).toList();
  }

  /** The highest severity among the alerts that set the status. */
  public Alert.Severity severity() {
    Alert.Status status = status();
    return alerts.stream().filter(a -> a.status() == status).map(Alert::severity)
        .max(Enum::compareTo).orElse(Alert.Severity.WARNING);
  }

  /** Labels that every alert of the group has with the same value. */
  public SortedMap<String, String> commonLabels() {
    return common(alerts.stream().map(Alert::labels).toList());
  }

  /** Annotations that every alert of the group has with the same value. */
  public SortedMap<String, String> commonAnnotations() {
    return common(alerts.stream().map(Alert::annotations).toList());
  }

  private static SortedMap<String, String> common(List<SortedMap<String, String>> maps) {
    TreeMap<String, String> common = new TreeMap<>(maps.get(0));
    for (Map<String, String> other : maps.subList(1, maps.size())) {
      common.entrySet().removeIf(e -> !e.getValue().equals(other.get(e.getKey())));
    }
    return Collections.unmodifiableSortedMap(common);
  }
}
