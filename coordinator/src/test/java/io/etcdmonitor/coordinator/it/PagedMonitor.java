package io.etcdmonitor.coordinator.it;

import static org.awaitility.Awaitility.await;

import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.runtime.Node;
import io.etcdmonitor.coordinator.runtime.Standalone;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A standalone monitor of a real cluster, with default settings, that pages the three {@link AlertReceivers} and
 * keeps its data directory across restarts. {@link #start} returns once the monitor reports the cluster healthy.
 */
final class PagedMonitor implements AutoCloseable {
  final AlertReceivers receivers;
  private final MonitorSettings settings;
  private Standalone monitor;
  private HttpJson api;

  private PagedMonitor(AlertReceivers receivers, MonitorSettings settings) {
    this.receivers = receivers;
    this.settings = settings;
  }

  static PagedMonitor start(EtcdClusterExtension etcd, Path dir) throws Exception {
    AlertReceivers receivers = new AlertReceivers();
    PagedMonitor paged = new PagedMonitor(receivers, Monitors.settings("endpoints", etcd.endpointsCsv(),
        "config", receivers.writeConfig(dir).toString(), "data-dir", dir.resolve("data").toString()));
    try {
      paged.startMonitor();
      await().atMost(Duration.ofSeconds(20)).until(() -> paged.api.get("/health").status() == 200);
      return paged;
    } catch (Exception | AssertionError e) {
      paged.close();
      throw e;
    }
  }

  /** The API of the monitor running now. */
  HttpJson api() {
    return api;
  }

  void stopMonitor() {
    monitor.close();
  }

  /** Starts the monitor (again) with the same settings: the same API port and data directory. */
  void startMonitor() throws Node.StartException {
    monitor = Standalone.start(settings);
    api = new HttpJson("http://127.0.0.1:" + monitor.httpAddress().getPort());
  }

  @Override
  public void close() {
    if (monitor != null) {
      monitor.close();
    }
    receivers.close();
  }
}
