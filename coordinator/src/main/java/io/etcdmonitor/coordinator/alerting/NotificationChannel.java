package io.etcdmonitor.coordinator.alerting;

import java.util.concurrent.CompletionStage;

/**
 * A place alerts are sent to. A channel only sends: it never retries, sleeps or blocks the caller, and it
 * reports every failure as a {@link DeliveryResult} rather than an exception. Retries, timeouts, flood control
 * and metrics belong to the {@link ChannelActor} that owns it.
 */
public interface NotificationChannel {

  /** Makes one attempt to deliver {@code notification}. */
  CompletionStage<DeliveryResult> send(Notification notification);

  /** The configured name, unique among channels; safe to log. */
  String name();

  /** The kind of receiver: console, email, slack, pagerduty, webhook. */
  String type();

  /** How reasons and logs name this channel: {@code slack channel 'ops'}. */
  default String describe() {
    return type() + " channel '" + name() + "'";
  }
}
