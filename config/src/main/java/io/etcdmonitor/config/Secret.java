package io.etcdmonitor.config;

import java.util.Objects;

/**
 * A value that must never reach logs, error messages, {@code toString()} or API output: SMTP passwords,
 * webhook URLs, PagerDuty keys, tokens. Only {@link #reveal()} gives it out, at the point of use.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value);
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The secret itself; call only where it is sent, never where it is logged. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "<secret>";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
