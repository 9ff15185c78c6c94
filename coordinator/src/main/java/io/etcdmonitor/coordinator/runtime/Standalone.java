package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.config.MonitorSettings;
import java.net.InetSocketAddress;

/**
 * Agent and coordinator in one JVM, with the in-JVM receptionist as transport: the seed's quickstart experience,
 * and the same code path the distributed roles use ({@link Node} in {@link Role#STANDALONE}).
 */
public final class Standalone implements AutoCloseable {
  private final Node node;

  private Standalone(Node node) {
    this.node = node;
  }

  /** Starts monitoring and returns once the HTTP API listens. */
  public static Standalone start(MonitorSettings settings) throws Node.StartException {
    return new Standalone(Node.start(Role.STANDALONE, settings));
  }

  public InetSocketAddress httpAddress() {
    return node.httpAddress().orElseThrow();
  }

  @Override
  public void close() {
    node.close();
  }
}
