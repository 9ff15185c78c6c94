package io.etcdmonitor.coordinator.http;

/** The cluster view could not be had in time; the API answers 503 {@code unavailable} with this message. */
public final class ClusterViewUnavailableException extends RuntimeException {
  public ClusterViewUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
