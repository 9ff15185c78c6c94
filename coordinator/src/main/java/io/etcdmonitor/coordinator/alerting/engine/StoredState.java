package io.etcdmonitor.coordinator.alerting.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.etcdmonitor.coordinator.alerting.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The JSON shapes of the two files in {@code data_dir/alerting}: silences, and the notification log. Versioned,
 * and converted to and from the domain types here, so the domain types can change without breaking old files.
 */
final class StoredState {
  static final int VERSION = 1;

  private StoredState() {}

  record SilencesFile(int version, List<StoredSilence> silences) {}

  record LogFile(int version, List<StoredEntry> entries) {}

  record StoredMatcher(String name, String value, @JsonProperty("isRegex") boolean isRegex,
      @JsonProperty("isEqual") boolean isEqual) {}

  record StoredSilence(String id, List<StoredMatcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
      String comment, Instant updatedAt) {}

  record StoredAlert(String name, String severity, String status, Map<String, String> labels,
      Map<String, String> annotations, List<String> members, Instant startsAt, Instant endsAt, String fingerprint) {}

  record StoredEntry(StoredAlert alert, Instant at) {}

  static StoredSilence of(Silence s) {
    return new StoredSilence(s.id(), s.matchers().stream()
        .map(m -> new StoredMatcher(m.name(), m.value(), m.isRegex(), m.isEqual())).toList(),
        s.startsAt(), s.endsAt(), s.createdBy(), s.comment(), s.updatedAt());
  }

  /** The silence; throws IllegalArgumentException or NullPointerException if the stored one is not valid. */
  static Silence toSilence(StoredSilence s) {
    return new Silence(s.id(), s.matchers().stream()
        .map(m -> new Matcher(m.name(), m.value(), m.isRegex(), m.isEqual())).toList(),
        s.startsAt(), s.endsAt(), s.createdBy(), s.comment(), s.updatedAt() == null ? s.startsAt() : s.updatedAt());
  }

  static StoredEntry of(NotificationLog.Entry e) {
    Alert a = e.alert();
    return new StoredEntry(new StoredAlert(a.name(), a.severity().label(), a.status().label(), a.labels(),
        a.annotations(), a.members(), a.startsAt(), a.endsAt(), a.fingerprint()), e.at());
  }

  /** The entry; throws IllegalArgumentException or NullPointerException if the stored one is not valid. */
  static NotificationLog.Entry toEntry(StoredEntry e) {
    StoredAlert a = e.alert();
    Alert alert = new Alert(a.name(), Alert.Severity.valueOf(a.severity().toUpperCase(Locale.ROOT)),
        new TreeMap<>(a.labels()), new TreeMap<>(a.annotations()), a.members(), a.startsAt(), a.endsAt(),
        Alert.Status.valueOf(a.status().toUpperCase(Locale.ROOT)), a.fingerprint());
    return new NotificationLog.Entry(alert, Objects.requireNonNull(e.at(), "at"));
  }
}
