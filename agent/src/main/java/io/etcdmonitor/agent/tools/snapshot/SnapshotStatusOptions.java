package io.etcdmonitor.agent.tools.snapshot;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@code snapshot status FILE [-w table|json]}.
 *
 * @param format etcdctl's {@code -w}: {@code table} (our default) or {@code json}
 */
public record SnapshotStatusOptions(Path file, Format format) {
  /** The two layouts etcdctl offers that scripts and people use. */
  public enum Format {
    TABLE,
    JSON
  }

  public SnapshotStatusOptions {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
  }
}
