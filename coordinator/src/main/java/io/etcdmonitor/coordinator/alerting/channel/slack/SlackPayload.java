package io.etcdmonitor.coordinator.alerting.channel.slack;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationText;
import java.util.List;

/**
 * The JSON an incoming webhook accepts: a headline plus one attachment, red while firing and green once resolved.
 *
 * @param channel overrides the webhook's default channel when set
 * @param username overrides the webhook's default name when set
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SlackPayload(String channel, String username, String text, List<Attachment> attachments) {
  static final String FIRING_COLOR = "danger";
  static final String RESOLVED_COLOR = "good";
  static final int MAX_TEXT = 7_000;

  /** A legacy attachment: the colour bar is the quickest cue Slack offers. */
  record Attachment(String color, String title, String text, String fallback, String footer) {}

  static SlackPayload of(Notification n, String channel, String username) {
    boolean firing = n.status() == Alert.Status.FIRING;
    String title = NotificationText.title(n);
    String icon = firing ? ":red_circle:" : ":large_green_circle:";
    Attachment attachment = new Attachment(firing ? FIRING_COLOR : RESOLVED_COLOR, escape(title),
        escape(cap(NotificationText.body(n))), title, "etcd-monitor");
    return new SlackPayload(channel, username, icon + " " + escape(NotificationText.oneLine(n)), List.of(attachment));
  }

  /** Slack reads {@code & < >} as markup. */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String cap(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "\n(truncated)";
  }
}
