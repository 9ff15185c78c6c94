package io.etcdmonitor.coordinator.alerting.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.etcdmonitor.coordinator.alerting.Alerts;
import io.etcdmonitor.coordinator.alerting.ChannelActor;
import io.etcdmonitor.coordinator.alerting.DeliveryMetrics;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.DeliverySettings;
import io.etcdmonitor.coordinator.alerting.InMemoryDeliveryMetrics;
import io.etcdmonitor.coordinator.alerting.LogCapture;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * Sends through a channel that is bound to fail, directly and through a {@link ChannelActor} until it gives up,
 * and asserts that no secret shows in the result, the channel's {@code toString()} or any log line.
 */
public final class SecretLeakKit {
  private static final DeliverySettings QUICK = new DeliverySettings(Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(700), Duration.ofMillis(300), 30, Duration.ofMinutes(1));

  private SecretLeakKit() {}

  public static void assertFailsWithoutLeaking(ActorTestKit testKit, NotificationChannel channel,
      List<String> secrets) throws Exception {
    try (LogCapture logs = LogCapture.start()) {
      List<String> said = new ArrayList<>();
      said.add(channel.toString());
      DeliveryResult direct = channel.send(Alerts.notification(Alerts.noLeader("m1")))
          .toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertThat(direct).isNotInstanceOf(DeliveryResult.Delivered.class);
      said.add(direct.toString());

      InMemoryDeliveryMetrics metrics = new InMemoryDeliveryMetrics();
      ActorRef<ChannelActor.Command> actor =
          testKit.spawn(ChannelActor.create(channel, QUICK, metrics, Clock.systemUTC()));
      actor.tell(new ChannelActor.Deliver(Alerts.notification(Alerts.noLeader("m1"))));
      await().atMost(10, TimeUnit.SECONDS).until(() ->
          metrics.count(channel.name(), DeliveryMetrics.Result.EXPIRED)
              + metrics.count(channel.name(), DeliveryMetrics.Result.FAILED) == 1);
      testKit.stop(actor);

      List<String> lines = logs.lines();
      assertThat(lines).as("the failure is logged").anyMatch(l -> l.contains(channel.describe()));
      said.addAll(lines);
      for (String secret : secrets) {
        assertThat(said).noneMatch(line -> line.contains(secret));
      }
    }
  }
}
