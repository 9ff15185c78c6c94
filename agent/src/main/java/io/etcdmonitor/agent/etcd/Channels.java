package io.etcdmonitor.agent.etcd;

import io.etcdmonitor.config.TlsSettings;
import io.grpc.ManagedChannel;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLException;

/** Builds gRPC channels to etcd client URLs, plain or TLS, with the configured dial timeout. */
final class Channels {
  private final SslContext sslContext;
  private final Duration dialTimeout;

  Channels(TlsSettings tls, Duration dialTimeout) {
    this.sslContext = tls.enabled() ? sslContext(tls) : null;
    this.dialTimeout = dialTimeout;
  }

  ManagedChannel open(Endpoint endpoint) {
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(endpoint.host(), endpoint.port())
        .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, dialTimeout.toMillis()))
        .maxInboundMessageSize(16 * 1024 * 1024)
        .disableRetry();
    if (endpoint.tls()) {
      if (sslContext == null) {
        throw new IllegalArgumentException(endpoint.url() + " is https but no TLS settings are configured");
      }
      builder.sslContext(sslContext);
    } else {
      builder.usePlaintext();
    }
    return builder.build();
  }

  private static SslContext sslContext(TlsSettings tls) {
    try {
      SslContextBuilder builder = GrpcSslContexts.forClient();
      if (tls.insecureSkipVerify()) {
        builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
      } else if (tls.caFile() != null) {
        builder.trustManager(Pem.certificates(tls.caFile()));
      }
      if (tls.certFile() != null && tls.keyFile() != null) {
        builder.keyManager(Pem.privateKey(tls.keyFile()), Pem.certificates(tls.certFile()));
      }
      return builder.build();
    } catch (SSLException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  static <T> CompletableFuture<T> toCompletable(com.google.common.util.concurrent.ListenableFuture<T> future) {
    CompletableFuture<T> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        future.cancel(mayInterruptIfRunning);
        return super.cancel(mayInterruptIfRunning);
      }
    };
    future.addListener(() -> {
      try {
        result.complete(com.google.common.util.concurrent.Futures.getDone(future));
      } catch (java.util.concurrent.ExecutionException e) {
        result.completeExceptionally(e.getCause());
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }, com.google.common.util.concurrent.MoreExecutors.directExecutor());
    return result;
  }
}
