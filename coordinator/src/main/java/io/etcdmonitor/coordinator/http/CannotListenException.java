package io.etcdmonitor.coordinator.http;

/**
 * The HTTP API could not bind. Its message is one line naming the address and the reason
 * ({@code cannot listen on 0.0.0.0:8080: address already in use}), so the launcher can print it and exit.
 */
public final class CannotListenException extends RuntimeException {
  public CannotListenException(String host, int port, String reason, Throwable cause) {
    super("cannot listen on " + host + ":" + port + ": " + reason, cause);
  }
}
