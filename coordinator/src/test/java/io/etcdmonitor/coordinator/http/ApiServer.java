package io.etcdmonitor.coordinator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.protocol.AgentList;
import io.prometheus.client.CollectorRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.http.javadsl.ServerBinding;

/** The real API bound on a free loopback port, with a view source each test can replace, and a plain HTTP client. */
final class ApiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  final ActorTestKit testKit;
  private final AtomicReference<ClusterViewSource> source = new AtomicReference<>(
      () -> CompletableFuture.completedFuture(Views.healthy()));
  private final AtomicReference<AgentSource> agents = new AtomicReference<>(
      () -> CompletableFuture.completedFuture(new AgentList(Instant.EPOCH, List.of())));
  private final AtomicReference<NetworkSource> network = new AtomicReference<>(
      () -> CompletableFuture.completedFuture(Views.noNetwork()));
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final ServerBinding binding;

  ApiServer() throws Exception {
    this(ConfigFactory.empty());
  }

  ApiServer(Config config) throws Exception {
    testKit = ActorTestKit.create(config.withFallback(ConfigFactory.load()));
    ClusterViewSource delegating = () -> source.get().current();
    AgentSource delegatingAgents = () -> agents.get().agents();
    NetworkSource delegatingNetwork = () -> network.get().network();
    binding = HttpServer.start(testKit.system(), "127.0.0.1", 0, new ApiRoutes(delegating, delegatingAgents,
            delegatingNetwork, new Exposition(new CollectorRegistry()),
            new AlertRoutes(new StubAlertSource(), Clock.systemUTC()).route()).route())
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  int port() {
    return binding.localAddress().getPort();
  }

  void serve(ClusterViewSource views) {
    source.set(views);
  }

  void serveAgents(AgentSource list) {
    agents.set(list);
  }

  void serveNetwork(NetworkSource source) {
    network.set(source);
  }

  Reply get(String path) throws IOException, InterruptedException {
    return send("GET", path);
  }

  Reply send(String method, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.headers(), response.body());
  }

  @Override
  public void close() {
    testKit.shutdownTestKit();
  }

  /** A response as a client sees it. */
  record Reply(int status, HttpHeaders headers, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }
  }
}
