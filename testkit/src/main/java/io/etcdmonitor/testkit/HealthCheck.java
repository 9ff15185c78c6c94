package io.etcdmonitor.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks a member's plain-http metrics listener for /health, the same answer etcd gives its own operators. */
final class HealthCheck {
  private static final Pattern HEALTHY = Pattern.compile("\"health\"\\s*:\\s*\"true\"");
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(1))
      .build();

  private HealthCheck() {}

  static boolean isHealthy(URI metricsUrl, Duration timeout) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(metricsUrl.resolve("/health")).timeout(timeout).GET().build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && HEALTHY.matcher(response.body()).find();
    } catch (IOException e) {
      return false;
    }
  }
}
