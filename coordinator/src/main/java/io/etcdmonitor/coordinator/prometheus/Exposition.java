package io.etcdmonitor.coordinator.prometheus;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.NetworkView;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.prometheus.client.hotspot.DefaultExports;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Renders etcd-monitor's own {@code /metrics}: the cluster view's and the reachability matrix's families,
 * computed at scrape time from snapshots, followed by the process-wide collectors of a registry (JVM,
 * notification delivery).
 */
public final class Exposition {
  private final CollectorRegistry registry;

  public Exposition(CollectorRegistry registry) {
    this.registry = registry;
  }

  /** A registry with the JVM's collectors (memory, GC, threads, class loading, process CPU and fds). */
  public static CollectorRegistry registryWithJvmMetrics() {
    CollectorRegistry registry = new CollectorRegistry();
    DefaultExports.register(registry);
    return registry;
  }

  public String render(ClusterView view, NetworkView network) {
    List<MetricFamilySamples> families = new ArrayList<>(ViewMetrics.families(view));
    families.addAll(NetworkMetrics.families(view, network.reachability()));
    families.addAll(Collections.list(registry.metricFamilySamples()));
    StringWriter out = new StringWriter(16 * 1024);
    try {
      TextFormat.write004(out, Collections.enumeration(families));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
