package io.etcdmonitor.coordinator.alerting.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The HTTP plumbing every HTTP channel shares: one JSON mapper, a validated target, and an asynchronous POST
 * whose outcome goes through {@link HttpStatusClassifier}.
 */
public final class HttpDelivery {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final Duration requestTimeout;
  private final Clock clock;

  public HttpDelivery(HttpClient client, Duration requestTimeout, Clock clock) {
    this.client = client;
    this.requestTimeout = requestTimeout;
    this.clock = clock;
  }

  /** A client for channels: HTTP/1.1, no redirects (a redirected webhook is misconfigured), bounded connect. */
  public static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build();
  }

  /**
   * Parses an http(s) URL that may be a secret; the error names the channel and the setting, never the value.
   */
  public static URI target(String url, String channel, String setting) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException invalid) {
      // reported below without the value, which may be the secret
    }
    throw new IllegalArgumentException(channel + ": " + setting + " is not a valid http(s) URL");
  }

  /** The body as JSON bytes. */
  public static byte[] json(Object payload) {
    try {
      return JSON.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("payload types are plain records and always serialize", e);
    }
  }

  /** A JSON POST request to {@code uri}, bounded by the request timeout. */
  public HttpRequest.Builder jsonPost(URI uri, byte[] body) {
    return HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "etcd-monitor")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** Sends without blocking; every outcome, including failures to connect, becomes a {@link DeliveryResult}. */
  public CompletionStage<DeliveryResult> send(HttpRequest request, String channel) {
    try {
      return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .handle((response, failure) -> failure != null
              ? HttpStatusClassifier.classify(channel, failure)
              : HttpStatusClassifier.classify(channel, response.statusCode(),
                  response.headers().firstValue("Retry-After"), clock.instant()));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(HttpStatusClassifier.classify(channel, e));
    }
  }
}
