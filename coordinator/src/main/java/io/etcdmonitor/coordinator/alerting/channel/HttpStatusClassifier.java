package io.etcdmonitor.coordinator.alerting.channel;

import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place that decides what an HTTP answer means for delivery: 2xx delivered; 408, 429 and 5xx worth
 * retrying (honouring Retry-After); any other status refused for good; connection failures and timeouts worth
 * retrying. Reasons name the channel and the status, never the URL or a response body, which may echo it.
 */
public final class HttpStatusClassifier {

  private HttpStatusClassifier() {}

  /**
   * The meaning of a response.
   *
   * @param channel how to name the channel in the reason, e.g. {@code slack channel 'ops'}
   * @param retryAfter the Retry-After header, if any
   */
  public static DeliveryResult classify(String channel, int status, Optional<String> retryAfter, Instant now) {
    if (status >= 200 && status < 300) {
      return DeliveryResult.DELIVERED;
    }
    String reason = "HTTP " + status + " from " + channel;
    if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
      return new DeliveryResult.Retryable(reason, retryAfter.map(v -> parseRetryAfter(v, now)).orElse(null));
    }
    return new DeliveryResult.Permanent(reason);
  }

  /** The meaning of a request that got no response. */
  public static DeliveryResult classify(String channel, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof HttpTimeoutException) {
      return new DeliveryResult.Retryable("no answer in time from " + channel);
    }
    if (cause instanceof ConnectException) {
      return new DeliveryResult.Retryable("cannot connect to " + channel);
    }
    if (cause instanceof IOException) {
      return new DeliveryResult.Retryable(cause.getClass().getSimpleName() + " talking to " + channel);
    }
    return new DeliveryResult.Permanent(cause.getClass().getSimpleName() + " while sending to " + channel);
  }

  /** Delay-seconds or an HTTP-date; null when it is neither. A date in the past means now. */
  static Duration parseRetryAfter(String value, Instant now) {
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
