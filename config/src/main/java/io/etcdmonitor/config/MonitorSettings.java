package io.etcdmonitor.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Every setting of one etcd-monitor process, validated and typed. Built only by {@link ConfigLoader}, which
 * layers defaults, the YAML file, environment variables and flags, in that order of precedence.
 *
 * @param alerts the configured channels, possibly empty (the runtime then adds a console channel)
 * @param dataDir absolute; it may not exist yet
 */
public record MonitorSettings(
    EtcdSettings etcd,
    ProbeSettings probe,
    ApiSettings api,
    AlertThresholds alertThresholds,
    List<ChannelSettings> alerts,
    BenchmarkSettings benchmark,
    ClusterSettings cluster,
    LogSettings log,
    Path dataDir) {
  public MonitorSettings {
    alerts = List.copyOf(alerts);
  }
}
