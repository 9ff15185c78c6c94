package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.DeliveryMetrics.Result;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver.Reply;
import io.etcdmonitor.coordinator.alerting.channel.webhook.WebhookChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelActorTest {
  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DeliverySettings QUICK = new DeliverySettings(Duration.ofMillis(20), Duration.ofMillis(100),
      Duration.ofSeconds(30), Duration.ofSeconds(5), 100, Duration.ofMinutes(1));

  private final InMemoryDeliveryMetrics metrics = new InMemoryDeliveryMetrics();
  private HttpReceiver receiver;

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @AfterEach
  void closeReceiver() {
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void deliversExactlyOnceWhenTheReceiverRecovers() throws Exception {
    receiver = HttpReceiver.start((i, r) -> Reply.status(i < 3 ? 503 : 200));
    spawn(QUICK).tell(new ChannelActor.Deliver(Alerts.notification(Alerts.noLeader("m1"))));

    await().atMost(5, TimeUnit.SECONDS).until(() -> receiver.accepted() == 1);
    await().during(300, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS)
        .until(() -> receiver.requests().size() == 4);
    assertThat(metrics.count("hook", Result.DELIVERED)).isEqualTo(1);
    assertThat(metrics.count("hook", Result.RETRIED)).isEqualTo(3);
  }

  @Test
  void notDeliveredWithinTheMaximumAgeIsDroppedWithOneWarning() throws Exception {
    receiver = HttpReceiver.answering(503);
    DeliverySettings shortLived = new DeliverySettings(Duration.ofMillis(20), Duration.ofMillis(50),
        Duration.ofMillis(1500), Duration.ofSeconds(5), 100, Duration.ofMinutes(1));
    try (LogCapture logs = LogCapture.start()) {
      spawn(shortLived).tell(new ChannelActor.Deliver(Alerts.notification(Alerts.noLeader("m1"))));

      await().atMost(5, TimeUnit.SECONDS).until(() -> metrics.count("hook", Result.EXPIRED) == 1);
      int attempts = receiver.requests().size();
      await().during(300, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS)
          .until(() -> receiver.requests().size() == attempts);
      assertThat(logs.lines(Level.WARN).stream().filter(l -> l.contains("dropped notification")))
          .singleElement().asString()
          .contains("not delivered within 1.5s", "last failure: HTTP 503 from webhook channel 'hook'");
      assertThat(metrics.count("hook", Result.DELIVERED)).isZero();
    }
  }

  @Test
  void anAttemptWithoutAnswerTimesOutAndIsRetried() throws Exception {
    receiver = HttpReceiver.start((i, r) -> i == 0 ? Reply.NEVER : Reply.status(200));
    DeliverySettings impatient = new DeliverySettings(Duration.ofMillis(20), Duration.ofMillis(100),
        Duration.ofSeconds(30), Duration.ofMillis(300), 100, Duration.ofMinutes(1));
    try (LogCapture logs = LogCapture.start()) {
      spawn(impatient, webhook(Duration.ofSeconds(30))).tell(
          new ChannelActor.Deliver(Alerts.notification(Alerts.noLeader("m1"))));

      await().atMost(5, TimeUnit.SECONDS).until(() -> metrics.count("hook", Result.DELIVERED) == 1);
      assertThat(metrics.count("hook", Result.RETRIED)).isEqualTo(1);
      assertThat(receiver.accepted()).isEqualTo(1);
      assertThat(logs.lines()).anyMatch(l -> l.contains("webhook channel 'hook' gave no answer within 0.3s"));
    }
  }

  @Test
  void aLateDeliveredAnswerCancelsThePendingRetry() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    receiver = HttpReceiver.start((i, r) -> {
      release.await(10, TimeUnit.SECONDS);
      return Reply.status(200);
    });
    DeliverySettings slowRetry = new DeliverySettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofMillis(200), 100, Duration.ofMinutes(1));
    testKit.spawn(ChannelActor.create(webhook(Duration.ofSeconds(30)), slowRetry, metrics, Clock.systemUTC(),
        () -> 0.99)).tell(new ChannelActor.Deliver(Alerts.notification(Alerts.noLeader("m1"))));

    await().atMost(5, TimeUnit.SECONDS).until(() -> metrics.count("hook", Result.RETRIED) == 1);
    release.countDown();

    await().atMost(5, TimeUnit.SECONDS).until(() -> metrics.count("hook", Result.DELIVERED) == 1);
    assertThat(receiver.requests()).hasSize(1);
  }

  @Test
  void aResolvedNeverOvertakesItsFiringWhileItIsBeingSent() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    receiver = HttpReceiver.start((i, r) -> {
      if (i == 0) {
        release.await(10, TimeUnit.SECONDS);
      }
      return Reply.status(200);
    });
    ActorRef<ChannelActor.Command> actor = spawn(QUICK);
    actor.tell(new ChannelActor.Deliver(Alerts.group("g", Alert.Status.FIRING)));
    await().atMost(5, TimeUnit.SECONDS).until(() -> receiver.requests().size() == 1);
    actor.tell(new ChannelActor.Deliver(Alerts.group("g", Alert.Status.RESOLVED)));
    release.countDown();

    await().atMost(5, TimeUnit.SECONDS).until(() -> receiver.accepted() == 2);
    assertThat(statuses()).containsExactly("firing", "resolved");
  }

  @Test
  void aResolvedArrivingDuringBackoffStillFollowsItsFiring() throws Exception {
    receiver = HttpReceiver.start((i, r) -> Reply.status(i == 0 ? 503 : 200));
    DeliverySettings halfSecond = new DeliverySettings(Duration.ofMillis(500), Duration.ofMillis(500),
        Duration.ofSeconds(30), Duration.ofSeconds(5), 100, Duration.ofMinutes(1));
    ActorRef<ChannelActor.Command> actor = testKit.spawn(ChannelActor.create(webhook(Duration.ofSeconds(5)),
        halfSecond, metrics, Clock.systemUTC(), () -> 0.99));
    actor.tell(new ChannelActor.Deliver(Alerts.group("g", Alert.Status.FIRING)));
    await().atMost(5, TimeUnit.SECONDS).until(() -> metrics.count("hook", Result.RETRIED) == 1);
    actor.tell(new ChannelActor.Deliver(Alerts.group("g", Alert.Status.RESOLVED)));

    await().atMost(5, TimeUnit.SECONDS).until(() -> receiver.accepted() == 2);
    assertThat(statuses()).containsExactly("firing", "firing", "resolved");
  }

  @Test
  void aRefusedNotificationIsDroppedWithoutRetrying() throws Exception {
    receiver = HttpReceiver.answering(404);
    try (LogCapture logs = LogCapture.start()) {
      spawn(QUICK).tell(new ChannelActor.Deliver(Alerts.notification(Alerts.noLeader("m1"))));

      await().atMost(5, TimeUnit.SECONDS).until(() -> metrics.count("hook", Result.FAILED) == 1);
      await().during(300, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS)
          .until(() -> receiver.requests().size() == 1);
      assertThat(logs.lines(Level.WARN))
          .anyMatch(l -> l.contains("refused notification") && l.contains("HTTP 404 from webhook channel 'hook'"));
    }
  }

  @Test
  void floodControlDelaysButLosesNothing() throws Exception {
    receiver = HttpReceiver.answering(200);
    DeliverySettings twoPerWindow = new DeliverySettings(Duration.ofMillis(20), Duration.ofMillis(100),
        Duration.ofSeconds(30), Duration.ofSeconds(5), 2, Duration.ofMillis(600));
    try (LogCapture logs = LogCapture.start()) {
      ActorRef<ChannelActor.Command> actor = spawn(twoPerWindow);
      for (String group : List.of("a", "b", "c", "d", "e")) {
        actor.tell(new ChannelActor.Deliver(Alerts.group(group, Alert.Status.FIRING)));
      }

      await().atMost(10, TimeUnit.SECONDS).until(() -> receiver.accepted() == 5);
      assertThat(metrics.count("hook", Result.DELIVERED)).isEqualTo(5);
      assertThat(groupKeys()).containsExactly("{alertname=\"a\"}", "{alertname=\"b\"}", "{alertname=\"c\"}",
          "{alertname=\"d\"}", "{alertname=\"e\"}");
      assertThat(logs.lines(Level.INFO)).anyMatch(l -> l.contains("is over its limit of 2 per 0.6s"));
    }
  }

  @Test
  void whileWaitingANewerStateOfTheGroupReplacesTheOlderOne() throws Exception {
    receiver = HttpReceiver.answering(200);
    DeliverySettings onePerWindow = new DeliverySettings(Duration.ofMillis(20), Duration.ofMillis(100),
        Duration.ofSeconds(30), Duration.ofSeconds(5), 1, Duration.ofSeconds(2));
    ActorRef<ChannelActor.Command> actor = spawn(onePerWindow);
    actor.tell(new ChannelActor.Deliver(Alerts.group("a", Alert.Status.FIRING)));
    actor.tell(new ChannelActor.Deliver(Alerts.notification(Alerts.highLatency("m1"))));
    actor.tell(new ChannelActor.Deliver(Alerts.notification(Alerts.highLatency("m1"), Alerts.highLatency("m2"))));

    await().atMost(10, TimeUnit.SECONDS).until(() -> receiver.accepted() == 2);
    assertThat(metrics.count("hook", Result.COALESCED)).isEqualTo(1);
    assertThat(body(receiver.requests().get(1)).get("alerts")).hasSize(2);
  }

  @Test
  void aTestNotificationIsTriedOnceAndAnswered() throws Exception {
    receiver = HttpReceiver.answering(500);
    ActorRef<ChannelActor.Command> actor = spawn(QUICK);
    TestProbe<TestResult> probe = testKit.createTestProbe();

    actor.tell(new ChannelActor.SendTest(Notification.test("hook", Alerts.T0), probe.getRef()));

    TestResult result = probe.expectMessageClass(TestResult.Attempted.class);
    assertThat(result).isEqualTo(new TestResult.Attempted("hook",
        new DeliveryResult.Retryable("HTTP 500 from webhook channel 'hook'")));
    await().during(300, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS)
        .until(() -> receiver.requests().size() == 1);

    receiver.respondWith((i, r) -> Reply.status(200));
    actor.tell(new ChannelActor.SendTest(Notification.test("hook", Alerts.T0), probe.getRef()));
    assertThat(probe.expectMessageClass(TestResult.Attempted.class).result()).isEqualTo(DeliveryResult.DELIVERED);
  }

  private ActorRef<ChannelActor.Command> spawn(DeliverySettings settings) {
    return spawn(settings, webhook(Duration.ofSeconds(5)));
  }

  private ActorRef<ChannelActor.Command> spawn(DeliverySettings settings, NotificationChannel channel) {
    return testKit.spawn(ChannelActor.create(channel, settings, metrics, Clock.systemUTC()));
  }

  private NotificationChannel webhook(Duration requestTimeout) {
    HttpDelivery http = new HttpDelivery(HttpDelivery.newClient(requestTimeout), requestTimeout, Clock.systemUTC());
    return new WebhookChannel(new ChannelSettings.Webhook("hook", Secret.of(receiver.url("/hook")), null, null),
        "http://monitor:8080", http);
  }

  private List<String> statuses() {
    return receiver.requests().stream().map(r -> body(r).get("status").asText()).toList();
  }

  private List<String> groupKeys() {
    return receiver.requests().stream().map(r -> body(r).get("groupKey").asText()).toList();
  }

  private static JsonNode body(HttpReceiver.Request request) {
    try {
      return JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
