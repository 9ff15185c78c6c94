package io.etcdmonitor.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** Plain JDK HTTP for the tests, so that they check etcd without trusting the kit's own health check. */
final class Http {
  private static final HttpClient PLAIN = client(null);

  private Http() {}

  static HttpResponse<String> get(URI url, Duration timeout) throws IOException, InterruptedException {
    return send(PLAIN, url, timeout);
  }

  static HttpResponse<String> get(URI url, SSLContext ssl) throws IOException, InterruptedException {
    return send(client(ssl), url, Duration.ofSeconds(5));
  }

  static boolean reportsHealthy(URI baseUrl) {
    try {
      HttpResponse<String> response = get(baseUrl.resolve("/health"), Duration.ofSeconds(1));
      return response.statusCode() == 200 && response.body().contains("\"health\":\"true\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static HttpResponse<String> send(HttpClient client, URI url, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient client(SSLContext ssl) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2));
    if (ssl != null) {
      builder.sslContext(ssl);
    }
    return builder.build();
  }
}
