package io.etcdmonitor.coordinator.http;

/** Alerting did not answer in time; the API answers 503 {@code unavailable} with this message. */
public final class AlertsUnavailableException extends RuntimeException {
  public AlertsUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
