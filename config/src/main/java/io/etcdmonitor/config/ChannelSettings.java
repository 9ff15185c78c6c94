package io.etcdmonitor.config;

/**
 * One entry of the seed's {@code alerts:} list. Each variant holds exactly the keys its channel needs;
 * secrets are {@link Secret}s so they never print. Optional keys that were not given are null.
 */
public sealed interface ChannelSettings
    permits ChannelSettings.Console, ChannelSettings.Email, ChannelSettings.Slack, ChannelSettings.PagerDuty,
        ChannelSettings.Webhook {

  /** The entry's name, unique in the list; defaults to its type, then type-N for repeats. */
  String name();

  /** One line per notification on standard output. */
  record Console(String name) implements ChannelSettings {}

  /**
   * SMTP with optional STARTTLS and authentication; {@code username} and {@code password} are both set or both
   * null. {@code smtpPort} defaults to 587 and {@code startTls} to true.
   */
  record Email(
      String name,
      String smtpServer,
      int smtpPort,
      String from,
      java.util.List<String> to,
      String username,
      Secret password,
      boolean startTls)
      implements ChannelSettings {
    public Email {
      to = java.util.List.copyOf(to);
    }
  }

  /** A Slack incoming webhook; {@code channel} and {@code username} override the webhook's own when set. */
  record Slack(String name, Secret webhookUrl, String channel, String username) implements ChannelSettings {}

  /**
   * PagerDuty Events API v2; {@code url} defaults to {@code https://events.pagerduty.com/v2/enqueue} and is
   * configurable so tests can aim at a local server.
   */
  record PagerDuty(String name, Secret integrationKey, String url) implements ChannelSettings {}

  /**
   * An Alertmanager-compatible JSON webhook, optionally with a bearer token or an HMAC-SHA256 signature
   * header.
   */
  record Webhook(String name, Secret url, Secret bearerToken, Secret hmacSecret) implements ChannelSettings {}
}
