package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.etcd.GrpcEtcdClients;
import io.etcdmonitor.agent.scrape.HttpMetricsFetcher;
import io.etcdmonitor.agent.scrape.MetricsFetcher;
import io.etcdmonitor.config.MonitorSettings;

/** How an agent reaches etcd: the gRPC clients for probes and the HTTP fetcher for each member's /metrics. */
record EtcdAccess(EtcdClients clients, MetricsFetcher fetcher) {

  /** Builds both from the settings; fails with a one-line message when the TLS material is unusable. */
  static EtcdAccess from(MonitorSettings settings) {
    return new EtcdAccess(
        new GrpcEtcdClients(settings.etcd().tls(), settings.etcd().dialTimeout()),
        new HttpMetricsFetcher(settings.etcd().tls(), settings.etcd().dialTimeout(),
            settings.probe().metricsInterval()));
  }
}
