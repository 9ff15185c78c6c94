package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.config.AlertRuleCatalog;
import io.etcdmonitor.config.AlertThresholds;
import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.AlertDispatcher;
import io.etcdmonitor.coordinator.alerting.AlertManager;
import io.etcdmonitor.coordinator.alerting.ChannelFactory;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.DeliverySettings;
import io.etcdmonitor.coordinator.alerting.InMemoryDeliveryMetrics;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.RecordingChannel;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import io.etcdmonitor.coordinator.alerting.engine.AlertEngine;
import io.etcdmonitor.coordinator.alerting.engine.AlertEvaluator;
import io.etcdmonitor.coordinator.alerting.engine.AlertStore;
import io.etcdmonitor.coordinator.alerting.engine.EngineSettings;
import io.etcdmonitor.coordinator.alerting.rules.Rules;
import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.protocol.AgentList;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.SubscribeViews;
import io.prometheus.client.CollectorRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/alerts} over real HTTP against a real evaluator, dispatcher and store, fed a view with NOSPACE and
 * CORRUPT alarms (which fire at once) as the aggregator would push it.
 */
class AlertApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WEBHOOK_TOKEN = "s3cr3t-hook-token";
  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor();
  private static final AtomicReference<ClusterView> view = new AtomicReference<>(Views.highBitLeaderWithAlarm());
  private static final RecordingChannel ops = new RecordingChannel("ops");
  private static final HttpClient client = HttpClient.newHttpClient();
  @TempDir static Path dataDir;
  private static ServerBinding binding;
  private static AlertStore store;

  @BeforeAll
  static void start() throws Exception {
    Map<String, EffectiveRule> rules = AlertRuleCatalog.resolve(new AlertThresholds(100, 8192, 2, 3, 0.05, 10),
        Map.of());
    NotificationChannel refusing = new NotificationChannel() {
      @Override
      public CompletionStage<DeliveryResult> send(Notification n) {
        return CompletableFuture.completedFuture(new DeliveryResult.Permanent(describe() + " answered 400"));
      }

      @Override
      public String name() {
        return "refusing";
      }

      @Override
      public String type() {
        return "webhook";
      }
    };
    DeliverySettings delivery = DeliverySettings.defaults();
    NotificationChannel hook = new ChannelFactory(HttpDelivery.newClient(Duration.ofSeconds(2)), Duration.ofSeconds(2),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "http://monitor:8080",
        Clock.systemUTC()).create(new ChannelSettings.Webhook("hook",
            Secret.of("http://127.0.0.1:1/alerts/" + WEBHOOK_TOKEN), null, null));
    ActorRef<AlertDispatcher.Command> dispatcher = testKit.spawn(AlertDispatcher.create(List.of(ops, refusing, hook),
        delivery, new InMemoryDeliveryMetrics(), Clock.systemUTC()));
    store = AlertStore.open(dataDir);
    AlertEngine engine = new AlertEngine(Rules.enabled(rules), rules,
        EngineSettings.defaults("etcd", Duration.ofSeconds(10)), store.loadLog(), store.loadSilences());
    TestProbe<CoordinatorMessage> aggregator = testKit.createTestProbe(CoordinatorMessage.class);
    ActorRef<AlertEvaluator.Command> evaluator = testKit.spawn(AlertEvaluator.create(engine, aggregator.ref(),
        dispatcher, store, Clock.systemUTC(), alerts -> { }, () -> true));
    ActorRef<ClusterView> subscriber = aggregator.expectMessageClass(SubscribeViews.class).subscriber();
    pusher.scheduleAtFixedRate(() -> subscriber.tell(view.get()), 0, 100, TimeUnit.MILLISECONDS);

    AlertSource source = new AskingAlertSource(evaluator, new AlertManager(dispatcher, testKit.scheduler()),
        Duration.ofSeconds(3), Duration.ofSeconds(5), testKit.scheduler());
    binding = HttpServer.start(testKit.system(), "127.0.0.1", 0, new ApiRoutes(
            () -> CompletableFuture.completedFuture(view.get()),
            () -> CompletableFuture.completedFuture(new AgentList(Instant.EPOCH, List.of())),
            () -> CompletableFuture.completedFuture(Views.noNetwork()), new Exposition(new CollectorRegistry()),
            new AlertRoutes(source, Clock.systemUTC()).route()).route())
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
    await().atMost(Duration.ofSeconds(10)).until(() -> !ops.received().isEmpty());
  }

  @AfterAll
  static void stop() {
    pusher.shutdownNow();
    testKit.shutdownTestKit();
  }

  private static Reply send(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + binding.localAddress().getPort()
            + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(15))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  private record Reply(int status, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }

    String errorMessage() throws Exception {
      return json().get("error").get("message").asText();
    }
  }

  private static JsonNode alarm(JsonNode alerts, String type) {
    for (JsonNode a : alerts.get("alerts")) {
      if (type.equals(a.get("labels").get("alarm").asText())) {
        return a;
      }
    }
    throw new AssertionError("no " + type + " alert in " + alerts);
  }

  @Test
  void activeAlertsSayWhatWhereSinceWhenAndWhatToDo() throws Exception {
    Reply reply = send("GET", "/api/v1/alerts", null);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode noSpace = alarm(reply.json(), "NOSPACE");
    assertThat(noSpace.get("name").asText()).isEqualTo("etcdAlarmActive");
    assertThat(noSpace.get("state").asText()).isEqualTo("firing");
    assertThat(noSpace.get("severity").asText()).isEqualTo("critical");
    assertThat(noSpace.get("labels").get("member").asText()).isEqualTo("etcd3");
    assertThat(noSpace.get("labels").get("cluster").asText()).isEqualTo("etcd");
    assertThat(noSpace.get("annotations").get("summary").asText()).isEqualTo("etcd alarm NOSPACE on member etcd3");
    assertThat(noSpace.get("annotations").get("runbook").asText()).contains("compact", "defrag", "alarm disarm");
    assertThat(noSpace.get("members").get(0).asText()).isEqualTo("etcd3");
    assertThat(noSpace.get("startsAt").asText()).endsWith("Z");
    assertThat(noSpace.get("fingerprint").asText()).hasSize(16);
    assertThat(noSpace.get("silenced").asBoolean()).isFalse();
    assertThat(noSpace.get("inhibited").asBoolean()).isFalse();
  }

  @Test
  void aSilenceIsCreatedListedAppliedAndExpired() throws Exception {
    Reply created = send("POST", "/api/v1/alerts/silences", """
        {"matchers":[{"name":"alarm","value":"CORR.*","isRegex":true,"isEqual":true}],
         "duration":"2h","createdBy":"ops@example.com","comment":"replacing the member"}""");

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.json().get("status").asText()).isEqualTo("active");
    assertThat(created.json().get("matchers").get(0).get("isRegex").asBoolean()).isTrue();
    JsonNode corrupt = alarm(send("GET", "/api/v1/alerts", null).json(), "CORRUPT");
    assertThat(corrupt.get("silenced").asBoolean()).isTrue();
    assertThat(corrupt.get("silencedBy").get(0).asText()).isEqualTo(id);
    assertThat(send("GET", "/api/v1/alerts/silences", null).json().get("silences").get(0).get("createdBy").asText())
        .isEqualTo("ops@example.com");

    Reply expired = send("DELETE", "/api/v1/alerts/silences/" + id, null);
    assertThat(expired.status()).isEqualTo(200);
    assertThat(expired.json().get("status").asText()).isEqualTo("expired");
    assertThat(alarm(send("GET", "/api/v1/alerts", null).json(), "CORRUPT").get("silenced").asBoolean()).isFalse();
    Reply unknown = send("DELETE", "/api/v1/alerts/silences/no-such-silence", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorMessage()).isEqualTo("no silence with id no-such-silence");
  }

  @Test
  void invalidSilencesAreRefusedWithTheReason() throws Exception {
    Map<String, String> cases = Map.of(
        "{\"matchers\":", "the body is not JSON",
        "[]", "the body must be a JSON object with matchers and a duration or endsAt",
        "{\"matchers\":[{\"name\":\"member\",\"value\":\"etcd1\"}],\"duration\":\"1h\",\"reason\":\"x\"}",
        "unknown field 'reason' (fields: matchers, duration, startsAt, endsAt, createdBy, comment)",
        "{\"matchers\":[{\"name\":\"member\",\"value\":\"etcd1\",\"regex\":true}],\"duration\":\"1h\"}",
        "matchers[0]: unknown field 'regex' (fields: name, value, isRegex, isEqual)",
        "{\"matchers\":[{\"name\":\"member\",\"value\":\"etcd[\",\"isRegex\":true}],\"duration\":\"1h\"}",
        "matchers[0]: matcher member has an invalid regex 'etcd[': Unclosed character class",
        "{\"matchers\":[{\"name\":\"member\",\"value\":\"etcd1\"}],\"duration\":\"0s\"}", "duration must be positive",
        "{\"matchers\":[{\"name\":\"member\",\"value\":\"etcd1\"}],\"duration\":\"-1h\"}", "duration must be positive",
        "{\"matchers\":[{\"name\":\"member\",\"value\":\"etcd1\"}],\"duration\":\"2d\"}",
        "duration '2d' is not a duration (examples: 30m, 2h, 1h30m)",
        "{\"duration\":\"1h\"}", "matchers must be a list of {name, value, isRegex, isEqual}",
        "{\"matchers\":[{\"name\":\"member\",\"value\":\".*\",\"isRegex\":true}],\"duration\":\"1h\"}",
        "at least one matcher must not match an empty label value, or the silence would mute every alert");

    for (Map.Entry<String, String> c : cases.entrySet()) {
      Reply reply = send("POST", "/api/v1/alerts/silences", c.getKey());
      assertThat(reply.status()).as(c.getKey()).isEqualTo(400);
      assertThat(reply.json().get("error").get("code").asText()).isEqualTo("bad_request");
      assertThat(reply.errorMessage()).as(c.getKey()).startsWith(c.getValue());
    }
  }

  @Test
  void aTestNotificationGoesThroughTheNamedChannelOnly() throws Exception {
    int before = ops.received().size();
    Reply delivered = send("POST", "/api/v1/alerts/test?channel=ops", null);

    assertThat(delivered.status()).isEqualTo(200);
    assertThat(delivered.json().get("result").asText()).isEqualTo("delivered");
    assertThat(ops.received()).hasSize(before + 1);
    assertThat(ops.received().get(before).test()).isTrue();

    Reply unknown = send("POST", "/api/v1/alerts/test?channel=pager", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorMessage()).isEqualTo("no channel named 'pager'; channels: ops, refusing, hook");
    Reply missing = send("POST", "/api/v1/alerts/test", null);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorMessage()).contains("channel query parameter is required", "ops, refusing, hook");
    Reply refused = send("POST", "/api/v1/alerts/test?channel=refusing", null);
    assertThat(refused.status()).isEqualTo(502);
    assertThat(refused.json().get("error").get("code").asText()).isEqualTo("delivery_failed");
    assertThat(refused.errorMessage()).isEqualTo("webhook channel 'refusing' answered 400");
  }

  @Test
  void noResponseCarriesAChannelSecret() throws Exception {
    Reply failed = send("POST", "/api/v1/alerts/test?channel=hook", null);

    assertThat(failed.status()).isEqualTo(502);
    assertThat(failed.errorMessage()).contains("webhook channel 'hook'");
    for (String path : List.of("/api/v1/alerts", "/api/v1/alerts/history", "/api/v1/alerts/silences")) {
      assertThat(send("GET", path, null).body()).doesNotContain(WEBHOOK_TOKEN);
    }
    assertThat(failed.body()).doesNotContain(WEBHOOK_TOKEN).doesNotContain("127.0.0.1:1");
  }

  @Test
  void anAlarmThatClearsMovesToTheHistory() throws Exception {
    ClusterView withAlarms = view.get();
    view.set(Views.healthy());
    try {
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        JsonNode history = send("GET", "/api/v1/alerts/history", null).json().get("alerts");
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).get("name").asText()).isEqualTo("etcdAlarmActive");
        assertThat(history.get(0).get("endsAt").asText()).endsWith("Z");
        assertThat(history.get(0).get("notified").asBoolean()).isTrue();
      });
    } finally {
      view.set(withAlarms);
      await().atMost(Duration.ofSeconds(10)).until(() -> send("GET", "/api/v1/alerts", null).json().get("alerts")
          .size() == 2);
    }
  }
}
