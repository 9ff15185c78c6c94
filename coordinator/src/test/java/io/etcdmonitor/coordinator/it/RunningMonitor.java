package io.etcdmonitor.coordinator.it;

import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.runtime.Node;
import io.etcdmonitor.coordinator.runtime.Standalone;

/** A standalone monitor started in this JVM from flags, with a client for its API; closing stops it. */
public final class RunningMonitor implements AutoCloseable {
  private final Standalone standalone;
  private final HttpJson api;

  private RunningMonitor(Standalone standalone) {
    this.standalone = standalone;
    this.api = new HttpJson("http://127.0.0.1:" + standalone.httpAddress().getPort());
  }

  /** Starts with flags given as {@code name, value, ...} on a free loopback API port. */
  public static RunningMonitor start(String... flagPairs) throws Node.StartException {
    return start(Monitors.settings(flagPairs));
  }

  public static RunningMonitor start(MonitorSettings settings) throws Node.StartException {
    return new RunningMonitor(Standalone.start(settings));
  }

  public HttpJson api() {
    return api;
  }

  @Override
  public void close() {
    standalone.close();
  }
}
