package io.etcdmonitor.agent.tools.snapshot;

import io.etcdmonitor.config.EtcdSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@code snapshot save FILE}.
 *
 * @param force replace an existing {@code file}; etcdctl always replaces it, we ask first because the file is
 *     usually the previous backup (it is replaced only by a complete, verified snapshot, never left half-written)
 * @param etcd the connection; etcdctl's rule applies: exactly one endpoint
 */
public record SnapshotSaveOptions(Path file, boolean force, EtcdSettings etcd) {
  public SnapshotSaveOptions {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(etcd, "etcd");
  }
}
