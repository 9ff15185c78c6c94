package io.etcdmonitor.coordinator.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three receivers of the end-to-end tests, as an operator would have them: an Alertmanager-style webhook, a
 * Slack incoming webhook (both local HTTP servers) and a mailbox (GreenMail, a real SMTP server), plus the config
 * file that points etcd-monitor at them.
 */
final class AlertReceivers implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  final HttpReceiver webhook;
  final HttpReceiver slack;
  final GreenMail mail;

  AlertReceivers() throws IOException {
    webhook = HttpReceiver.answering(200);
    slack = HttpReceiver.answering(200);
    mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
  }

  /** A config file with the three channels; the rest comes from flags. */
  Path writeConfig(Path dir) throws IOException {
    return Files.writeString(dir.resolve("etcd-monitor.yaml"), """
        alerts:
          - type: webhook
            name: hook
            url: %s
          - type: slack
            name: slack
            webhook_url: %s
            channel: "#etcd"
          - type: email
            name: mail
            smtp_server: 127.0.0.1
            smtp_port: %d
            starttls: false
            from: etcd-monitor@example.com
            to: [oncall@example.com]
        """.formatted(webhook.url("/alerts"), slack.url("/services/T0/B0/X"), mail.getSmtp().getPort()));
  }

  /** The webhook bodies received, in order, each with when it arrived. */
  List<Received> webhookPayloads() {
    List<Received> out = new ArrayList<>();
    for (HttpReceiver.Request r : webhook.requests()) {
      try {
        out.add(new Received(JSON.readTree(r.body()), r.receivedNanos()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The first webhook payload with {@code alertname} in {@code status} that arrived after {@code sinceNanos}. */
  Received webhookWith(String alertname, String status, long sinceNanos) {
    return webhookPayloads().stream().filter(p -> p.receivedNanos() >= sinceNanos && p.has(alertname, status))
        .findFirst().orElse(null);
  }

  boolean slackSaid(String text, long sinceNanos) {
    return slack.requests().stream().anyMatch(r -> r.receivedNanos() >= sinceNanos && r.bodyText().contains(text));
  }

  List<String> mailSubjects() {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      try {
        subjects.add(m.getSubject());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return subjects;
  }

  @Override
  public void close() {
    webhook.close();
    slack.close();
    mail.stop();
  }

  /** One webhook payload (Alertmanager's version 4 shape). */
  record Received(JsonNode body, long receivedNanos) {
    boolean has(String alertname, String status) {
      for (JsonNode a : body.get("alerts")) {
        if (a.get("labels").get("alertname").asText().equals(alertname) && a.get("status").asText().equals(status)) {
          return true;
        }
      }
      return false;
    }

    JsonNode alert(String alertname) {
      for (JsonNode a : body.get("alerts")) {
        if (a.get("labels").get("alertname").asText().equals(alertname)) {
          return a;
        }
      }
      throw new AssertionError("no " + alertname + " in " + body);
    }
  }
}
