package io.etcdmonitor.config;

import java.nio.file.Path;

/**
 * Client TLS towards etcd. Paths are absolute, name readable files, and are null when not set; a certificate
 * always comes with its key.
 *
 * @param insecureSkipVerify accept any server certificate (testing only)
 */
public record TlsSettings(Path certFile, Path keyFile, Path caFile, boolean insecureSkipVerify) {
  public static final TlsSettings NONE = new TlsSettings(null, null, null, false);

  /** True when any TLS setting asks for TLS. */
  public boolean enabled() {
    return certFile != null || keyFile != null || caFile != null || insecureSkipVerify;
  }
}
