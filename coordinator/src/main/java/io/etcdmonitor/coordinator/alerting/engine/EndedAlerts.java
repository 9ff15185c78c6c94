package io.etcdmonitor.coordinator.alerting.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine remembers of alerts that ended: a bounded history for the API, and when each occurrence last
 * resolved, for rules that hold off after a resolution (fragmentation after a defragmentation).
 */
final class EndedAlerts {
  private static final Duration REMEMBER_RESOLUTIONS = Duration.ofDays(1);

  private record Resolution(String rule, Map<String, String> labels, Instant at) {}

  private final int size;
  private final Deque<PastAlert> history = new ArrayDeque<>();
  private final Map<String, Resolution> resolutions = new HashMap<>();

  EndedAlerts(int size) {
    this.size = size;
  }

  void ended(AlertState s, Instant at, boolean notified) {
    resolutions.put(s.fingerprint(), new Resolution(s.rule(), s.finding().labels(), at));
    history.addFirst(new PastAlert(s.rule(), s.fingerprint(), s.finding().severity(), s.labels(),
        s.finding().annotations(), s.finding().members(), s.activeSince(), s.firedAt(), at, notified));
    while (history.size() > size) {
      history.removeLast();
    }
  }

  /** Newest first. */
  List<PastAlert> history() {
    return List.copyOf(history);
  }

  /** The last resolution of the rule's occurrence whose labels include {@code labels}. */
  Optional<Instant> lastResolved(String rule, Map<String, String> labels) {
    return resolutions.values().stream()
        .filter(r -> r.rule().equals(rule) && r.labels().entrySet().containsAll(labels.entrySet()))
        .map(Resolution::at).max(Comparator.naturalOrder());
  }

  void forgetOld(Instant now) {
    resolutions.values().removeIf(r -> r.at().plus(REMEMBER_RESOLUTIONS).isBefore(now));
  }
}
