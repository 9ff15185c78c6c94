package io.etcdmonitor.coordinator.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.etcdmonitor.coordinator.alerting.engine.Matcher;
import io.etcdmonitor.coordinator.alerting.engine.Silence;
import java.time.Instant;
import java.util.List;

/** A silence as the API shows it, in Alertmanager's shape, with its status now. */
public record SilenceJson(String id, String status, List<MatcherJson> matchers, Instant startsAt, Instant endsAt,
    String createdBy, String comment, Instant updatedAt) {

  /** One matcher, as it is also written in a request. */
  public record MatcherJson(String name, String value, @JsonProperty("isRegex") boolean isRegex,
      @JsonProperty("isEqual") boolean isEqual) {
    static MatcherJson from(Matcher m) {
      return new MatcherJson(m.name(), m.value(), m.isRegex(), m.isEqual());
    }
  }

  public static SilenceJson from(Silence s, Instant now) {
    return new SilenceJson(s.id(), s.status(now).label(), s.matchers().stream().map(MatcherJson::from).toList(),
        s.startsAt(), s.endsAt(), s.createdBy(), s.comment(), s.updatedAt());
  }

  /** The body of {@code GET /api/v1/alerts/silences}, newest first. */
  public record Listing(List<SilenceJson> silences) {}
}
