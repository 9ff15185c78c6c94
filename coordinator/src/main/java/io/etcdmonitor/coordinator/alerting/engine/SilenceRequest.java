package io.etcdmonitor.coordinator.alerting.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request to create a silence, as an API client sends it: matchers, and either a duration from now (or from
 * {@code startsAt}) or an end time. It becomes a {@link Silence} once checked.
 *
 * @param startsAt null for now
 * @param endsAt null when {@code duration} is given
 * @param duration null when {@code endsAt} is given
 */
public record SilenceRequest(List<Matcher> matchers, Instant startsAt, Instant endsAt, Duration duration,
    String createdBy, String comment) {

  public SilenceRequest {
    matchers = List.copyOf(matchers);
  }

  /**
   * The silence this request describes.
   *
   * @throws IllegalArgumentException with the reason: no matcher, one that would match every alert, no end or two
   *     ends, a non-positive duration, or an end in the past
   */
  Silence toSilence(String id, Instant now) {
    if (matchers.isEmpty()) {
      throw new IllegalArgumentException("a silence needs at least one matcher");
    }
    if (matchers.stream().allMatch(m -> m.matches(Map.of()))) {
      throw new IllegalArgumentException("at least one matcher must not match an empty label value, or the silence "
          + "would mute every alert");
    }
    if ((endsAt == null) == (duration == null)) {
      throw new IllegalArgumentException("give either duration or endsAt");
    }
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("duration must be positive");
    }
    Instant start = startsAt == null || startsAt.isBefore(now) ? now : startsAt;
    Instant end = endsAt != null ? endsAt : start.plus(duration);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("endsAt must be after " + (startsAt == null ? "now" : "startsAt"));
    }
    return new Silence(id, matchers, start, end, createdBy, comment, now);
  }
}
