package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.DeliveryMetrics.Result;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A webhook receiver answers 503 for a whole outage (60 s unless {@code -Detcdmonitor.outage.seconds} says
 * otherwise) while Slack and PagerDuty keep working, with the default delivery settings. Mostly waiting: it costs
 * little CPU. Everything raised during the outage reaches the webhook exactly once, in order, after it recovers;
 * the other channels get everything at once.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ChannelOutageIT {
  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("etcdmonitor.outage.seconds", 60));

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void everythingRaisedDuringAnOutageArrivesOnceAfterItAndOtherChannelsNeverWait() throws Exception {
    long outageEnds = System.nanoTime() + OUTAGE.toNanos();
    DeliverySettings settings = DeliverySettings.defaults();
    InMemoryDeliveryMetrics metrics = new InMemoryDeliveryMetrics();
    try (HttpReceiver webhook = HttpReceiver.start((i, r) -> Reply.status(System.nanoTime() < outageEnds ? 503 : 200));
        HttpReceiver slack = HttpReceiver.answering(200);
        HttpReceiver pagerDuty = HttpReceiver.answering(202)) {
      ChannelFactory factory = new ChannelFactory(HttpDelivery.newClient(settings.requestTimeout()),
          settings.requestTimeout(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          "http://monitor:8080", Clock.systemUTC());
      List<NotificationChannel> channels = factory.createAll(List.of(
          new ChannelSettings.Webhook("hook", Secret.of(webhook.url("/alerts")), null, null),
          new ChannelSettings.Slack("slack", Secret.of(slack.url("/services/T/B/X")), "#etcd", "etcd-monitor"),
          new ChannelSettings.PagerDuty("pagerduty", Secret.of("routing-key"), pagerDuty.url("/v2/enqueue"))));
      ActorRef<AlertDispatcher.Command> dispatcher =
          testKit.spawn(AlertDispatcher.create(channels, settings, metrics, Clock.systemUTC()));

      long started = System.nanoTime();
      dispatcher.tell(new AlertDispatcher.Dispatch(Alerts.group("a", Alert.Status.FIRING)));
      dispatcher.tell(new AlertDispatcher.Dispatch(Alerts.group("b", Alert.Status.FIRING)));
      await().atMost(5, TimeUnit.SECONDS).until(() -> slack.accepted() == 2 && pagerDuty.accepted() == 2);

      await().atMost(OUTAGE).until(() -> webhook.requests().size() >= 3);
      dispatcher.tell(new AlertDispatcher.Dispatch(Alerts.group("a", Alert.Status.RESOLVED)));
      await().atMost(5, TimeUnit.SECONDS).until(() -> slack.accepted() == 3 && pagerDuty.accepted() == 3);
      assertThat(System.nanoTime()).as("the other channels were served during the outage").isLessThan(outageEnds);

      await().atMost(OUTAGE.plus(settings.maxBackoff()).plusSeconds(30)).until(() -> webhook.accepted() == 3);
      double recoveredAfter = (System.nanoTime() - outageEnds) / 1e9;
      await().during(2, TimeUnit.SECONDS).atMost(5, TimeUnit.SECONDS).until(() -> webhook.accepted() == 3);

      List<String> delivered = webhook.requests().subList(webhook.requests().size() - 3, webhook.requests().size())
          .stream().map(ChannelOutageIT::groupAndStatus).toList();
      assertThat(delivered).containsExactly(
          "{alertname=\"a\"} firing", "{alertname=\"b\"} firing", "{alertname=\"a\"} resolved");
      assertThat(metrics.count("hook", Result.DELIVERED)).isEqualTo(3);
      assertThat(metrics.count("hook", Result.EXPIRED)).isZero();
      assertThat(metrics.count("slack", Result.RETRIED) + metrics.count("pagerduty", Result.RETRIED)).isZero();
      System.out.printf("outage %ds: %d failed attempts at the webhook, all 3 notifications delivered %.1fs after"
              + " it ended (%.1fs after the first was raised); slack and pagerduty delivered 3 each during it%n",
          OUTAGE.toSeconds(), webhook.requests().size() - 3, recoveredAfter, (System.nanoTime() - started) / 1e9);
    }
  }

  private static String groupAndStatus(HttpReceiver.Request request) {
    try {
      JsonNode body = JSON.readTree(request.body());
      return body.get("groupKey").asText() + " " + body.get("status").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
