package io.etcdmonitor.agent.tools.snapshot;

/** A file that is not a readable bbolt database, with a one-line reason fit to show a user. */
public final class BoltFormatException extends Exception {
  public BoltFormatException(String message) {
    super(message);
  }
}
