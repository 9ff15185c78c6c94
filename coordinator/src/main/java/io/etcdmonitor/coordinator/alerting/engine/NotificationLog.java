package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.coordinator.alerting.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What receivers were last told about each fingerprint, and when: the memory that dedup, the repeat interval and
 * resolved notifications are decided from. It is persisted, so a restarted monitor neither pages again for an
 * alert it already paged for nor forgets to resolve it.
 */
public final class NotificationLog {
  /** Resolved entries are kept this long, like Alertmanager's notification log retention. */
  static final Duration RETENTION = Duration.ofDays(5);

  /**
   * The last notification about one fingerprint.
   *
   * @param alert the alert as it was sent: firing, or resolved
   */
  public record Entry(Alert alert, Instant at) {
    public boolean resolved() {
      return alert.status() == Alert.Status.RESOLVED;
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  public NotificationLog(Collection<Entry> restored) {
    restored.forEach(e -> entries.put(e.alert().fingerprint(), e));
  }

  Optional<Entry> last(String fingerprint) {
    return Optional.ofNullable(entries.get(fingerprint));
  }

  void record(Alert alert, Instant at) {
    entries.remove(alert.fingerprint());
    entries.put(alert.fingerprint(), new Entry(alert, at));
  }

  /** Drops resolved entries older than the retention; true if any was dropped. */
  boolean expire(Instant now) {
    return entries.values().removeIf(e -> e.resolved() && e.at().plus(RETENTION).isBefore(now));
  }

  /** Every entry, oldest notification first. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }
}
