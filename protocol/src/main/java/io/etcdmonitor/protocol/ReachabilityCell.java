package io.etcdmonitor.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Locale;

/**
 * What one vantage point currently knows about one member's client port: one cell of the
 * {@link ReachabilityMatrix}. Only {@link Unreachable} and {@link TimedOut} are evidence against etcd;
 * {@link VantageSilent} and {@link NotProbed} say the monitor itself has nothing fresh to tell.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ReachabilityCell.Reachable.class, name = "reachable"),
  @JsonSubTypes.Type(value = ReachabilityCell.Unreachable.class, name = "unreachable"),
  @JsonSubTypes.Type(value = ReachabilityCell.TimedOut.class, name = "timedOut"),
  @JsonSubTypes.Type(value = ReachabilityCell.VantageSilent.class, name = "vantageSilent"),
  @JsonSubTypes.Type(value = ReachabilityCell.NotProbed.class, name = "notProbed")
})
public sealed interface ReachabilityCell extends CborSerializable {

  /** The member answered Status in {@code latencyMs}. */
  record Reachable(double latencyMs, Instant observedAt) implements ReachabilityCell {}

  /**
   * The member could not be asked (refused, TLS failure, ...).
   *
   * @param since the first failed probe of the current run of failures from this vantage
   */
  record Unreachable(String reason, Instant since, Instant observedAt) implements ReachabilityCell {}

  /**
   * No answer within the probe timeout.
   *
   * @param since the first failed probe of the current run of failures from this vantage
   */
  record TimedOut(long timeoutMs, Instant since, Instant observedAt) implements ReachabilityCell {}

  /** The vantage's agent stopped reporting; a monitor problem, never evidence against etcd. */
  record VantageSilent(Instant lastReport) implements ReachabilityCell {}

  /**
   * The vantage reports, but has no fresh result for this member: it never probed it ({@code lastProbed}
   * null, e.g. a member that just joined) or its last result is too old to describe now.
   */
  record NotProbed(Instant lastProbed) implements ReachabilityCell {}

  /** True when the member answered. */
  default boolean reached() {
    return this instanceof Reachable;
  }

  /** True when this vantage tried and failed: the only cells that count against the member. */
  default boolean failed() {
    return this instanceof Unreachable || this instanceof TimedOut;
  }

  /** One short phrase for the API and explanations. */
  default String describe() {
    if (this instanceof Reachable r) {
      return String.format(Locale.ROOT, "reachable in %.1f ms", r.latencyMs());
    }
    if (this instanceof Unreachable u) {
      return u.reason();
    }
    if (this instanceof TimedOut t) {
      return "timed out after " + t.timeoutMs() + " ms";
    }
    if (this instanceof VantageSilent s) {
      return "vantage silent since " + s.lastReport();
    }
    NotProbed n = (NotProbed) this;
    return n.lastProbed() == null ? "not probed yet" : "no fresh probe since " + n.lastProbed();
  }
}
