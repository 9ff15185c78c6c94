package io.etcdmonitor.protocol;

/**
 * The timed linearizable read a probe sends to one member, as {@code etcdctl endpoint health} does. A member
 * can answer Status yet fail this read, for example while it has no leader.
 *
 * @param latencyMs wall time of the read, with sub-millisecond precision, when it succeeded
 * @param error why it failed, or null
 */
public record ReadCheck(boolean ok, double latencyMs, String error) implements CborSerializable {
  public static ReadCheck succeeded(double latencyMs) {
    return new ReadCheck(true, latencyMs, null);
  }

  public static ReadCheck failed(double latencyMs, String error) {
    return new ReadCheck(false, latencyMs, error);
  }
}
