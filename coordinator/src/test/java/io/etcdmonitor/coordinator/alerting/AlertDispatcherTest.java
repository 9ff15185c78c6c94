package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver.Reply;
import io.etcdmonitor.coordinator.alerting.channel.webhook.WebhookChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AlertDispatcherTest {
  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final DeliverySettings QUICK = new DeliverySettings(Duration.ofMillis(20), Duration.ofMillis(100),
      Duration.ofSeconds(30), Duration.ofSeconds(5), 100, Duration.ofMinutes(1));

  private final InMemoryDeliveryMetrics metrics = new InMemoryDeliveryMetrics();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void everyNotificationReachesEveryChannel() {
    RecordingChannel a = new RecordingChannel("a");
    RecordingChannel b = new RecordingChannel("b");
    ActorRef<AlertDispatcher.Command> dispatcher = dispatcher(List.of(a, b));
    Notification first = Alerts.group("x", Alert.Status.FIRING);
    Notification second = Alerts.group("y", Alert.Status.FIRING);

    dispatcher.tell(new AlertDispatcher.Dispatch(first));
    dispatcher.tell(new AlertDispatcher.Dispatch(second));

    await().atMost(5, TimeUnit.SECONDS).until(() -> a.received().size() == 2 && b.received().size() == 2);
    assertThat(a.received()).containsExactly(first, second);
    assertThat(b.received()).containsExactly(first, second);
  }

  @Test
  void aFailingChannelNeverDelaysAnother() throws Exception {
    try (HttpReceiver hanging = HttpReceiver.start((i, r) -> i == 0 ? Reply.NEVER : Reply.status(503))) {
      Duration slow = Duration.ofSeconds(20);
      WebhookChannel stuck = new WebhookChannel(new ChannelSettings.Webhook("stuck",
          Secret.of(hanging.url("/")), null, null), "http://monitor:8080",
          new HttpDelivery(HttpDelivery.newClient(slow), slow, Clock.systemUTC()));
      RecordingChannel healthy = new RecordingChannel("healthy");
      DeliverySettings patient = new DeliverySettings(Duration.ofMillis(20), Duration.ofMillis(100),
          Duration.ofMinutes(1), Duration.ofSeconds(30), 100, Duration.ofMinutes(1));
      ActorRef<AlertDispatcher.Command> dispatcher = testKit.spawn(
          AlertDispatcher.create(List.of(stuck, healthy), patient, metrics, Clock.systemUTC()));

      for (String group : List.of("a", "b", "c")) {
        dispatcher.tell(new AlertDispatcher.Dispatch(Alerts.group(group, Alert.Status.FIRING)));
      }

      await().atMost(2, TimeUnit.SECONDS).until(() -> healthy.received().size() == 3);
      await().atMost(10, TimeUnit.SECONDS).until(() -> hanging.requests().size() == 1);
      assertThat(hanging.accepted()).as("the stuck channel is still waiting on its first request").isZero();
    }
  }

  @Test
  void aTestGoesToTheNamedChannelOnlyAndIsAnswered() {
    RecordingChannel a = new RecordingChannel("a");
    RecordingChannel b = new RecordingChannel("b");
    ActorRef<AlertDispatcher.Command> dispatcher = dispatcher(List.of(a, b));
    TestProbe<TestResult> probe = testKit.createTestProbe();

    dispatcher.tell(new AlertDispatcher.SendTest("b", probe.getRef()));

    probe.expectMessage(new TestResult.Attempted("b", DeliveryResult.DELIVERED));
    assertThat(b.received()).singleElement().matches(Notification::test);
    assertThat(a.received()).isEmpty();
  }

  @Test
  void aTestForAnUnknownChannelSaysWhichExist() {
    ActorRef<AlertDispatcher.Command> dispatcher =
        dispatcher(List.of(new RecordingChannel("a"), new RecordingChannel("b")));
    TestProbe<TestResult> probe = testKit.createTestProbe();

    dispatcher.tell(new AlertDispatcher.SendTest("nope", probe.getRef()));

    probe.expectMessage(new TestResult.UnknownChannel("nope", List.of("a", "b")));
  }

  @Test
  void channelsAddedThroughTheAlertManagerReceiveWhatFollows() throws Exception {
    RecordingChannel configured = new RecordingChannel("configured");
    AlertManager alertManager =
        new AlertManager(dispatcher(List.of(configured)), testKit.system().scheduler());
    RecordingChannel added = new RecordingChannel("slack");

    alertManager.addChannel(added);
    alertManager.dispatch(Alerts.group("x", Alert.Status.FIRING));

    await().atMost(5, TimeUnit.SECONDS).until(() -> added.received().size() == 1);
    assertThat(alertManager.sendTest("slack", Duration.ofSeconds(5)).toCompletableFuture().get(5, TimeUnit.SECONDS))
        .isEqualTo(new TestResult.Attempted("slack", DeliveryResult.DELIVERED));
    assertThat(configured.received()).hasSize(1);
  }

  @Test
  void aSecondChannelWithTheSameNameIsNotAdded() {
    RecordingChannel original = new RecordingChannel("ops");
    RecordingChannel duplicate = new RecordingChannel("ops");
    ActorRef<AlertDispatcher.Command> dispatcher = dispatcher(List.of(original));

    dispatcher.tell(new AlertDispatcher.AddChannel(duplicate));
    dispatcher.tell(new AlertDispatcher.Dispatch(Alerts.group("x", Alert.Status.FIRING)));

    await().atMost(5, TimeUnit.SECONDS).until(() -> original.received().size() == 1);
    assertThat(duplicate.received()).isEmpty();
  }

  @Test
  void aDuplicateNameInTheConfiguredListIsSkippedNotFatal() {
    RecordingChannel first = new RecordingChannel("ops");
    RecordingChannel second = new RecordingChannel("ops");
    ActorRef<AlertDispatcher.Command> dispatcher = dispatcher(List.of(first, second));

    dispatcher.tell(new AlertDispatcher.Dispatch(Alerts.group("x", Alert.Status.FIRING)));

    await().atMost(5, TimeUnit.SECONDS).until(() -> first.received().size() == 1);
    assertThat(second.received()).isEmpty();
  }

  private ActorRef<AlertDispatcher.Command> dispatcher(List<NotificationChannel> channels) {
    return testKit.spawn(AlertDispatcher.create(channels, QUICK, metrics, Clock.systemUTC()));
  }
}
