package io.etcdmonitor.coordinator.alerting.engine;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Mutes every alert whose labels match all its matchers between {@code startsAt} and {@code endsAt}. Muted
 * alerts still show in the API, marked silenced; they are only kept from receivers.
 */
public record Silence(String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
    String comment, Instant updatedAt) {

  /** Where a silence is in its life. */
  public enum Status {
    PENDING,
    ACTIVE,
    EXPIRED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Silence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    matchers = List.copyOf(matchers);
    createdBy = createdBy == null ? "" : createdBy;
    comment = comment == null ? "" : comment;
  }

  public Status status(Instant now) {
    if (!now.isBefore(endsAt)) {
      return Status.EXPIRED;
    }
    return now.isBefore(startsAt) ? Status.PENDING : Status.ACTIVE;
  }

  boolean mutes(Map<String, String> labels, Instant now) {
    return status(now) == Status.ACTIVE && matchers.stream().allMatch(m -> m.matches(labels));
  }

  /** This silence ended now; one not started yet never starts. */
  Silence expired(Instant now) {
    Instant end = endsAt.isBefore(now) ? endsAt : now;
    Instant start = startsAt.isAfter(end) ? end : startsAt;
    return new Silence(id, matchers, start, end, createdBy, comment, now);
  }
}
