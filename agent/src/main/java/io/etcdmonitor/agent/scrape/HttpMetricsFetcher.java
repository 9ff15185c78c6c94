package io.etcdmonitor.agent.scrape;

import io.etcdmonitor.agent.etcd.Pem;
import io.etcdmonitor.config.TlsSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * Scrapes over HTTP(S) with the cluster's TLS settings, asking for gzip (etcd's /metrics shrinks about 15×)
 * and refusing pages larger than a cap, so a misbehaving endpoint cannot exhaust memory.
 */
public final class HttpMetricsFetcher implements MetricsFetcher {
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private final HttpClient client;
  private final Duration timeout;

  public HttpMetricsFetcher(TlsSettings tls, Duration connectTimeout, Duration timeout) {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout)
        .version(HttpClient.Version.HTTP_1_1);
    if (tls.enabled()) {
      builder.sslContext(Pem.sslContext(tls));
    }
    this.client = builder.build();
    this.timeout = timeout;
  }

  @Override
  public CompletableFuture<Page> fetch(String url) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(timeout)
        .header("Accept", "text/plain;version=0.0.4")
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url);
        }
        byte[] wire = readCapped(body, MAX_BYTES);
        boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        byte[] plain = gzip ? readCapped(new GZIPInputStream(new java.io.ByteArrayInputStream(wire)), MAX_BYTES)
            : wire;
        return new Page(new String(plain, StandardCharsets.UTF_8), wire.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static byte[] readCapped(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > max) {
        throw new IOException("response larger than " + (max >> 20) + " MiB");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
