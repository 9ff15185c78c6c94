package io.etcdmonitor.coordinator.alerting.channel.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.alerting.Alerts;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleChannelTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ConsoleChannel console =
      new ConsoleChannel("console", new PrintStream(bytes, true, StandardCharsets.UTF_8));

  @Test
  void oneLinePerNotificationFiringAndResolvedLookDifferent() {
    send(Alerts.notification(Alerts.noLeader("m1", "m2")));
    send(Alerts.notification(Alerts.noLeader("m1", "m2").resolved(Alerts.T0.plusSeconds(60))));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "ALERT [FIRING:1] etcdNoLeader critical members=m1,m2: etcd cluster prod has no leader",
        "OK    [RESOLVED] etcdNoLeader critical members=m1,m2: etcd cluster prod has no leader");
  }

  @Test
  void severalAlertsStayOnOneLine() {
    send(Alerts.notification(Alerts.highLatency("m1"), Alerts.highLatency("m3")));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "ALERT [FIRING:2] etcdHighLatency warning members=m1,m3: reads from m1 take 250ms at p99 (+1 more)");
  }

  @Test
  void testNotificationsAreMarked() {
    send(Notification.test("console", Instant.now()));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("TEST  [FIRING:1] EtcdMonitorTest warning");
  }

  @Test
  void aBrokenStreamIsReported() {
    PrintStream broken = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("closed");
      }
    }, true, StandardCharsets.UTF_8);
    DeliveryResult result = new ConsoleChannel("console", broken)
        .send(Alerts.notification(Alerts.noLeader())).toCompletableFuture().join();
    assertThat(result).isEqualTo(new DeliveryResult.Permanent("cannot write to console channel 'console'"));
  }

  private void send(Notification n) {
    assertThat(console.send(n).toCompletableFuture().join()).isEqualTo(DeliveryResult.DELIVERED);
  }
}
