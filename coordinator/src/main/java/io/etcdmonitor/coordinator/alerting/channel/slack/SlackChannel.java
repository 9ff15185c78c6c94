package io.etcdmonitor.coordinator.alerting.channel.slack;

import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * Posts to a Slack incoming webhook. The webhook URL is the credential, so it appears nowhere but in the request
 * itself: reasons and errors name the channel.
 */
public final class SlackChannel implements NotificationChannel {
  private final String name;
  private final URI webhook;
  private final String channel;
  private final String username;
  private final HttpDelivery http;

  public SlackChannel(ChannelSettings.Slack settings, HttpDelivery http) {
    this.name = settings.name();
    this.webhook = HttpDelivery.target(settings.webhookUrl().reveal(), describe(), "webhook_url");
    this.channel = settings.channel();
    this.username = settings.username();
    this.http = http;
  }

  @Override
  public CompletionStage<DeliveryResult> send(Notification n) {
    byte[] body = HttpDelivery.json(SlackPayload.of(n, channel, username));
    return http.send(http.jsonPost(webhook, body).build(), describe());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "slack";
  }
}
