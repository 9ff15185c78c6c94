package io.etcdmonitor.coordinator.alerting.channel.console;

import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.NotificationText;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The default channel when none is configured: one line per notification on a stream, firing lines marked
 * {@code ALERT}, resolved ones {@code OK}, test ones {@code TEST}, so they stand apart at a glance. It writes on
 * the caller's thread, as a console log appender does.
 */
public final class ConsoleChannel implements NotificationChannel {
  private final String name;
  private final PrintStream out;

  public ConsoleChannel(String name, PrintStream out) {
    this.name = name;
    this.out = out;
  }

  @Override
  public CompletionStage<DeliveryResult> send(Notification n) {
    String marker = n.test() ? "TEST " : n.status() == Alert.Status.FIRING ? "ALERT" : "OK   ";
    out.println(marker + " " + NotificationText.oneLine(n));
    if (out.checkError()) {
      return CompletableFuture.completedFuture(new DeliveryResult.Permanent("cannot write to " + describe()));
    }
    return CompletableFuture.completedFuture(DeliveryResult.DELIVERED);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "console";
  }
}
