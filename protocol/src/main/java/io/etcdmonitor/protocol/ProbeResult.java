package io.etcdmonitor.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The outcome of one probe of one member from one vantage point: the value of one reachability cell.
 * Reachable carries what the member said; the others say why nothing usable came back.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ProbeResult.Reachable.class, name = "reachable"),
  @JsonSubTypes.Type(value = ProbeResult.Unreachable.class, name = "unreachable"),
  @JsonSubTypes.Type(value = ProbeResult.TimedOut.class, name = "timedOut")
})
public sealed interface ProbeResult extends CborSerializable {

  /** The member answered Status; {@code statusLatencyMs} times that RPC. */
  record Reachable(MemberStatus status, double statusLatencyMs, ReadCheck read) implements ProbeResult {}

  /** The member could not be asked: connection refused, not started, TLS failure, and so on. */
  record Unreachable(String reason) implements ProbeResult {}

  /** No answer within the probe timeout: a stopped process or a black-holed link. */
  record TimedOut(long timeoutMs) implements ProbeResult {}

  default boolean reachable() {
    return this instanceof Reachable;
  }

  /** One short human phrase for the failure, or null when reachable. */
  default String error() {
    if (this instanceof Unreachable u) {
      return u.reason();
    }
    if (this instanceof TimedOut t) {
      return "timed out after " + t.timeoutMs() + " ms";
    }
    return null;
  }
}
