package io.etcdmonitor.agent.tools.snapshot;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import io.etcdmonitor.config.EtcdSettings;
import io.etcdmonitor.config.TlsSettings;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.net.URI;
import javax.net.ssl.SSLException;

/** Builds the jetcd client for the local tools from the same settings the monitor uses: endpoints, dial timeout, TLS. */
final class JetcdClientFactory {
  private JetcdClientFactory() {}

  /**
   * A client for exactly {@code endpoint}; connects lazily on the first call. jetcd's calls wait for a connection
   * forever by default; a tool must rather fail once the dial timeout has passed, so they do not wait.
   */
  static Client create(String endpoint, EtcdSettings settings) {
    ClientBuilder builder = Client.builder().endpoints(URI.create(endpoint)).waitForReady(false);
    if (settings.dialTimeout() != null) {
      builder.connectTimeout(settings.dialTimeout());
    }
    TlsSettings tls = settings.tls() == null ? TlsSettings.NONE : settings.tls();
    if (tls.enabled() || endpoint.startsWith("https://")) {
      try {
        builder.sslContext(ssl -> {
          if (tls.insecureSkipVerify()) {
            ssl.trustManager(InsecureTrustManagerFactory.INSTANCE);
          } else if (tls.caFile() != null) {
            ssl.trustManager(tls.caFile().toFile());
          }
          if ((tls.certFile() == null) != (tls.keyFile() == null)) {
            throw new IllegalArgumentException("--cert and --key go together");
          }
          if (tls.certFile() != null) {
            ssl.keyManager(tls.certFile().toFile(), tls.keyFile().toFile());
          }
        });
      } catch (SSLException | IllegalArgumentException e) {
        throw new IllegalArgumentException("cannot set up TLS from --cacert/--cert/--key: " + e.getMessage()
            + " (client keys must be PEM PKCS#8; convert with: openssl pkcs8 -topk8 -nocrypt -in KEY)", e);
      }
    }
    return builder.build();
  }
}
