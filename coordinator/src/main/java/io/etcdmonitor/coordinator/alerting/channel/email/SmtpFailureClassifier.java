package io.etcdmonitor.coordinator.alerting.channel.email;

import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * What an SMTP failure means for delivery: a 4xx reply is temporary, a 5xx reply (including failed
 * authentication) is final, and a connection that fails or breaks is worth retrying. Reasons carry the reply code,
 * never the server's text or the credentials.
 */
final class SmtpFailureClassifier {
  private static final Pattern LEADING_CODE = Pattern.compile("^\\s*([2-5]\\d\\d)\\b");

  private SmtpFailureClassifier() {}

  /**
   * @param channel how to name the channel, e.g. {@code email channel 'ops'}
   * @param server host:port, named when it cannot be reached
   */
  static DeliveryResult classify(MessagingException e, String channel, String server) {
    int code = replyCode(e);
    if (code >= 400 && code < 500) {
      return new DeliveryResult.Retryable("SMTP " + code + " from " + channel);
    }
    if (code >= 500) {
      String what = e instanceof AuthenticationFailedException ? " (authentication failed)" : "";
      return new DeliveryResult.Permanent("SMTP " + code + what + " from " + channel);
    }
    if (e instanceof AuthenticationFailedException) {
      return new DeliveryResult.Permanent("authentication failed at " + channel);
    }
    if (e instanceof MailConnectException) {
      return new DeliveryResult.Retryable("cannot connect to " + server + " for " + channel);
    }
    Throwable io = ioCause(e);
    if (io != null) {
      return new DeliveryResult.Retryable(io.getClass().getSimpleName() + " talking to " + server + " for " + channel);
    }
    return new DeliveryResult.Permanent("SMTP session with " + server + " failed for " + channel
        + " (" + e.getClass().getSimpleName() + "; is STARTTLS offered?)");
  }

  /** The first SMTP reply code found in the exception or its chained ones; 0 when there is none. */
  static int replyCode(MessagingException e) {
    for (Exception ex = e; ex != null; ex = ex instanceof MessagingException m ? m.getNextException() : null) {
      if (ex instanceof SMTPSendFailedException f) {
        return f.getReturnCode();
      }
      if (ex instanceof SMTPAddressFailedException f) {
        return f.getReturnCode();
      }
      if (ex instanceof SMTPSenderFailedException f) {
        return f.getReturnCode();
      }
      if (ex instanceof AuthenticationFailedException && ex.getMessage() != null) {
        Matcher m = LEADING_CODE.matcher(ex.getMessage());
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    return 0;
  }

  private static Throwable ioCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IOException) {
        return c;
      }
    }
    return null;
  }
}
