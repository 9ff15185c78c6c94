package io.etcdmonitor.coordinator.alerting.channel.email;

import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.NotificationText;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends a plain-text mail per notification over SMTP. Jakarta Mail blocks, so each send runs on this channel's
 * own single daemon thread, never the caller's. With {@code start_tls} the session must upgrade before
 * authenticating: a server that does not offer STARTTLS never sees the password. Port 465 means implicit TLS.
 */
public final class EmailChannel implements NotificationChannel {
  private static final int QUEUED_SENDS = 16;

  private final String name;
  private final String server;
  private final String username;
  private final Secret password;
  private final InternetAddress from;
  private final InternetAddress[] to;
  private final Session session;
  private final Clock clock;
  private final ThreadPoolExecutor executor;

  /**
   * @param timeout bounds connecting, each read and each write
   */
  public EmailChannel(ChannelSettings.Email settings, Duration timeout, Clock clock) {
    this.name = settings.name();
    this.server = settings.smtpServer() + ":" + settings.smtpPort();
    this.username = settings.username() == null || settings.username().isEmpty() ? null : settings.username();
    this.password = settings.password();
    try {
      this.from = new InternetAddress(settings.from(), true);
      this.to = InternetAddress.parse(String.join(",", settings.to()), true);
    } catch (AddressException e) {
      throw new IllegalArgumentException(describe() + ": invalid address " + e.getRef(), e);
    }
    if (to.length == 0) {
      throw new IllegalArgumentException(describe() + ": no recipient in to");
    }
    this.session = Session.getInstance(properties(settings, username != null, timeout));
    this.clock = clock;
    this.executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUED_SENDS), r -> {
      Thread t = new Thread(r, "email-" + name);
      t.setDaemon(true);
      return t;
    });
    executor.allowCoreThreadTimeOut(true);
  }

  private static Properties properties(ChannelSettings.Email s, boolean auth, Duration timeout) {
    String millis = Long.toString(timeout.toMillis());
    Properties p = new Properties();
    p.put("mail.smtp.host", s.smtpServer());
    p.put("mail.smtp.port", Integer.toString(s.smtpPort()));
    p.put("mail.smtp.auth", Boolean.toString(auth));
    p.put("mail.smtp.starttls.enable", Boolean.toString(s.startTls()));
    p.put("mail.smtp.starttls.required", Boolean.toString(s.startTls()));
    p.put("mail.smtp.ssl.enable", Boolean.toString(s.smtpPort() == 465));
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    p.put("mail.smtp.connectiontimeout", millis);
    p.put("mail.smtp.timeout", millis);
    p.put("mail.smtp.writetimeout", millis);
    return p;
  }

  @Override
  public CompletionStage<DeliveryResult> send(Notification n) {
    try {
      return CompletableFuture.supplyAsync(() -> deliver(n), executor);
    } catch (RejectedExecutionException full) {
      return CompletableFuture.completedFuture(
          new DeliveryResult.Retryable(describe() + " has " + QUEUED_SENDS + " mails waiting already"));
    }
  }

  private DeliveryResult deliver(Notification n) {
    try {
      MimeMessage message = message(n);
      Transport transport = session.getTransport("smtp");
      try {
        transport.connect(username, username == null || password == null ? null : password.reveal());
        transport.sendMessage(message, to);
      } finally {
        closeQuietly(transport);
      }
      return DeliveryResult.DELIVERED;
    } catch (MessagingException e) {
      return SmtpFailureClassifier.classify(e, describe(), server);
    }
  }

  MimeMessage message(Notification n) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(from);
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject(NotificationText.title(n), StandardCharsets.UTF_8.name());
    message.setText(NotificationText.body(n), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    return message;
  }

  /** The mail is accepted once DATA is answered; a failing QUIT must not make it count as failed and resent. */
  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // delivery already succeeded or failed on its own account
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "email";
  }
}
