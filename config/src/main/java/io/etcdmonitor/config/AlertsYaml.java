package io.etcdmonitor.config;

import java.util.List;

/** The {@code alerts:} part of {@link SettingsRenderer}'s YAML, with secrets shown only by where they live. */
final class AlertsYaml {
  private AlertsYaml() {}

  static String render(List<ChannelSettings> channels) {
    if (channels.isEmpty()) {
      return "alerts: []\n";
    }
    StringBuilder out = new StringBuilder("alerts:\n");
    for (ChannelSettings channel : channels) {
      Entry e = new Entry(out);
      if (channel instanceof ChannelSettings.Console c) {
        e.start("console", c.name());
      } else if (channel instanceof ChannelSettings.Email m) {
        e.start("email", m.name());
        e.put("smtp_server", m.smtpServer());
        e.put("smtp_port", m.smtpPort());
        e.put("from", m.from());
        out.append("    to:\n");
        m.to().forEach(t -> out.append("      - ").append(SettingsRenderer.scalar(t)).append('\n'));
        e.put("username", m.username());
        e.secret("password", m.password());
        e.put("starttls", m.startTls());
      } else if (channel instanceof ChannelSettings.Slack s) {
        e.start("slack", s.name());
        e.secret("webhook_url", s.webhookUrl());
        e.put("channel", s.channel());
        e.put("username", s.username());
      } else if (channel instanceof ChannelSettings.PagerDuty p) {
        e.start("pagerduty", p.name());
        e.secret("integration_key", p.integrationKey());
        e.put("url", p.url());
      } else if (channel instanceof ChannelSettings.Webhook w) {
        e.start("webhook", w.name());
        e.secret("url", w.url());
        e.secret("bearer_token", w.bearerToken());
        e.secret("hmac_secret", w.hmacSecret());
      }
    }
    return out.toString();
  }

  private record Entry(StringBuilder out) {
    void start(String type, String name) {
      out.append("  - type: ").append(type).append('\n');
      put("name", name);
    }

    void put(String key, Object value) {
      if (value != null) {
        out.append("    ").append(key).append(": ").append(SettingsRenderer.scalar(value)).append('\n');
      }
    }

    void secret(String key, Secret secret) {
      if (secret == null) {
        return;
      }
      if (secret.file().isPresent()) {
        put(key + "_file", secret.file().get());
      } else if (secret.envVariable().isPresent()) {
        put(key + "_env", secret.envVariable().get());
      } else {
        put(key, secret);
      }
    }
  }
}
