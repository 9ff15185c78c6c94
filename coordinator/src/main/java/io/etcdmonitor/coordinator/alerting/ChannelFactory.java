package io.etcdmonitor.coordinator.alerting;

import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import io.etcdmonitor.coordinator.alerting.channel.console.ConsoleChannel;
import io.etcdmonitor.coordinator.alerting.channel.email.EmailChannel;
import io.etcdmonitor.coordinator.alerting.channel.pagerduty.PagerDutyChannel;
import io.etcdmonitor.coordinator.alerting.channel.slack.SlackChannel;
import io.etcdmonitor.coordinator.alerting.channel.webhook.WebhookChannel;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Turns the {@code alerts:} entries into channels. Adding a channel type means one package and one line here.
 * All HTTP channels share one client.
 */
public final class ChannelFactory {
  private final HttpDelivery http;
  private final Duration requestTimeout;
  private final PrintStream console;
  private final String externalUrl;
  private final Clock clock;

  /**
   * @param externalUrl where this etcd-monitor's API is reached, e.g. {@code http://monitor.example.com:8080};
   *     receivers get it as a link back
   */
  public ChannelFactory(DeliverySettings settings, String externalUrl) {
    this(HttpDelivery.newClient(settings.requestTimeout()), settings.requestTimeout(), System.out, externalUrl,
        Clock.systemUTC());
  }

  public ChannelFactory(
      HttpClient client, Duration requestTimeout, PrintStream console, String externalUrl, Clock clock) {
    this.http = new HttpDelivery(client, requestTimeout, clock);
    this.requestTimeout = requestTimeout;
    this.console = console;
    this.externalUrl = Objects.requireNonNull(externalUrl, "externalUrl");
    this.clock = clock;
  }

  /** The channel for one entry; throws IllegalArgumentException naming the channel (never a secret) if unusable. */
  public NotificationChannel create(ChannelSettings settings) {
    if (settings instanceof ChannelSettings.Console c) {
      return new ConsoleChannel(c.name(), console);
    }
    if (settings instanceof ChannelSettings.Email e) {
      return new EmailChannel(e, requestTimeout, clock);
    }
    if (settings instanceof ChannelSettings.Slack s) {
      return new SlackChannel(s, http);
    }
    if (settings instanceof ChannelSettings.PagerDuty p) {
      return new PagerDutyChannel(p, externalUrl, http);
    }
    if (settings instanceof ChannelSettings.Webhook w) {
      return new WebhookChannel(w, externalUrl, http);
    }
    throw new IllegalArgumentException("no channel for " + settings.getClass().getSimpleName());
  }

  /** A channel per entry; with no entry, the console, as the seed does. */
  public List<NotificationChannel> createAll(List<ChannelSettings> settings) {
    if (settings.isEmpty()) {
      return List.of(new ConsoleChannel("console", console));
    }
    return settings.stream().map(this::create).toList();
  }
}
