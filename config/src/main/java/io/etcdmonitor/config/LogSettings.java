package io.etcdmonitor.config;

/**
 * Log level and format; {@code json} switches the console to one JSON object per line.
 *
 * @param level one of {@code trace}, {@code debug}, {@code info}, {@code warn}, {@code error}, in lower case
 */
public record LogSettings(String level, Format format) {
  /** Human-readable lines, or one JSON object per line. */
  public enum Format {
    TEXT,
    JSON
  }
}
