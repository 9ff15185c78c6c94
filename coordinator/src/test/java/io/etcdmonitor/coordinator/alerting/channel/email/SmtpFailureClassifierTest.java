package io.etcdmonitor.coordinator.alerting.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailureClassifierTest {
  private static final String CHANNEL = "email channel 'ops'";
  private static final String SERVER = "smtp.example.com:587";

  @Test
  void a4xxReplyIsTemporary() {
    MessagingException e = new SMTPSendFailedException("DATA", 451, "451 4.3.0 try later", null,
        new Address[0], new Address[0], new Address[0]);
    assertThat(classify(e)).isEqualTo(new DeliveryResult.Retryable("SMTP 451 from email channel 'ops'"));
  }

  @Test
  void a5xxReplyIsFinalEvenWhenNestedUnderASendFailure() throws Exception {
    SendFailedException e = new SendFailedException("Invalid Addresses");
    e.setNextException(new SMTPAddressFailedException(new InternetAddress("nobody@example.com"), "RCPT", 550,
        "550 5.1.1 no such user"));
    assertThat(classify(e)).isEqualTo(new DeliveryResult.Permanent("SMTP 550 from email channel 'ops'"));
  }

  @Test
  void failedAuthenticationIsFinal() {
    assertThat(classify(new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid")))
        .isEqualTo(new DeliveryResult.Permanent("SMTP 535 (authentication failed) from email channel 'ops'"));
    assertThat(classify(new AuthenticationFailedException("454 4.7.0 temporary authentication failure")))
        .isInstanceOf(DeliveryResult.Retryable.class);
    assertThat(classify(new AuthenticationFailedException(null)))
        .isEqualTo(new DeliveryResult.Permanent("authentication failed at email channel 'ops'"));
  }

  @Test
  void anUnreachableOrBrokenConnectionIsTemporary() {
    MessagingException refused = new MailConnectException(
        new SocketConnectException("refused", new ConnectException(), "smtp.example.com", 587, 8000));
    assertThat(classify(refused))
        .isEqualTo(new DeliveryResult.Retryable("cannot connect to smtp.example.com:587 for email channel 'ops'"));
    assertThat(classify(new MessagingException("read", new SocketTimeoutException())))
        .isEqualTo(new DeliveryResult.Retryable(
            "SocketTimeoutException talking to smtp.example.com:587 for email channel 'ops'"));
  }

  @Test
  void aProtocolMismatchIsFinalAndHintsAtStartTls() {
    assertThat(classify(new MessagingException("STARTTLS is required but host does not support STARTTLS")))
        .isInstanceOf(DeliveryResult.Permanent.class);
  }

  private static DeliveryResult classify(MessagingException e) {
    return SmtpFailureClassifier.classify(e, CHANNEL, SERVER);
  }
}
