package io.etcdmonitor.agent.tools.benchmark;

import io.etcdmonitor.config.TlsSettings;
import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The client TLS context for gRPC to etcd, from the monitor's TLS settings (etcdctl's --cacert/--cert/--key). */
final class TlsContexts {
  private TlsContexts() {}

  static SslContext forClient(TlsSettings tls) {
    try {
      SslContextBuilder builder = GrpcSslContexts.forClient();
      if (tls.insecureSkipVerify()) {
        builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
      } else if (tls.caFile() != null) {
        builder.trustManager(tls.caFile().toFile());
      }
      if (tls.certFile() != null && tls.keyFile() != null) {
        builder.keyManager(tls.certFile().toFile(), tls.keyFile().toFile());
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up TLS: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }
}
