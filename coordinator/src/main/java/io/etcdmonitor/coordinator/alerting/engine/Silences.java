package io.etcdmonitor.coordinator.alerting.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The silences, active and past: created and expired through the API, persisted with the notification log.
 * Expired silences stay listed for {@link #RETENTION}, so an operator can see what was muted.
 */
public final class Silences {
  static final Duration RETENTION = Duration.ofDays(5);

  private final Map<String, Silence> byId = new LinkedHashMap<>();

  public Silences(Collection<Silence> restored) {
    restored.forEach(s -> byId.put(s.id(), s));
  }

  /** Creates a silence; throws IllegalArgumentException with the reason when the request is not valid. */
  Silence create(SilenceRequest request, Instant now) {
    Silence silence = request.toSilence(UUID.randomUUID().toString(), now);
    byId.put(silence.id(), silence);
    return silence;
  }

  /** Ends the silence now; empty if no silence has that id. An expired silence stays as it was. */
  Optional<Silence> expire(String id, Instant now) {
    Silence silence = byId.get(id);
    if (silence == null) {
      return Optional.empty();
    }
    if (silence.status(now) != Silence.Status.EXPIRED) {
      silence = silence.expired(now);
      byId.put(id, silence);
    }
    return Optional.of(silence);
  }

  /**
   * Takes a silence another coordinator created or expired. The later change wins, and of two changes at the
   * same instant the one that ends sooner, so every coordinator ends with the same silences whatever order the
   * changes arrive in. True if this changed anything.
   */
  boolean merge(Silence incoming) {
    Silence known = byId.get(incoming.id());
    if (known != null && !supersedes(incoming, known)) {
      return false;
    }
    byId.put(incoming.id(), incoming);
    return true;
  }

  private static boolean supersedes(Silence incoming, Silence known) {
    int order = incoming.updatedAt().compareTo(known.updatedAt());
    return order > 0 || order == 0 && incoming.endsAt().isBefore(known.endsAt());
  }

  /** The ids of the silences that mute an alert with these labels now. */
  List<String> muting(Map<String, String> labels, Instant now) {
    return byId.values().stream().filter(s -> s.mutes(labels, now)).map(Silence::id).toList();
  }

  /** Every silence, newest first. */
  public List<Silence> all() {
    return byId.values().stream().sorted(Comparator.comparing(Silence::updatedAt).reversed()).toList();
  }

  /** Forgets silences expired longer than the retention; true if any was. */
  boolean expireOld(Instant now) {
    return byId.values().removeIf(s -> s.endsAt().plus(RETENTION).isBefore(now));
  }
}
