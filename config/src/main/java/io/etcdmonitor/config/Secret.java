package io.etcdmonitor.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that must never reach logs, error messages, {@code toString()} or API output: SMTP passwords,
 * webhook URLs, PagerDuty keys, tokens. Only {@link #reveal()} gives it out, at the point of use. It remembers
 * the file or environment variable it was read from, which is not secret, so the effective configuration can
 * say where a secret comes from without showing it.
 */
public final class Secret {
  private final String value;
  private final Path file;
  private final String envVariable;

  private Secret(String value, Path file, String envVariable) {
    this.value = Objects.requireNonNull(value);
    this.file = file;
    this.envVariable = envVariable;
  }

  /** A secret written inline in the configuration. */
  public static Secret of(String value) {
    return new Secret(value, null, null);
  }

  /** A secret read from a file ({@code <key>_file}). */
  public static Secret fromFile(String value, Path file) {
    return new Secret(value, Objects.requireNonNull(file), null);
  }

  /** A secret read from an environment variable ({@code <key>_env}). */
  public static Secret fromEnv(String value, String envVariable) {
    return new Secret(value, null, Objects.requireNonNull(envVariable));
  }

  /** The secret itself; call only where it is sent, never where it is logged. */
  public String reveal() {
    return value;
  }

  /** The file the secret was read from, if it came from one. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The environment variable the secret was read from, if it came from one. */
  public Optional<String> envVariable() {
    return Optional.ofNullable(envVariable);
  }

  @Override
  public String toString() {
    return "<secret>";
  }

  /** Equal when the secret values are equal, wherever they were read from. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
