package io.etcdmonitor.agent.etcd;

import io.etcdmonitor.config.TlsSettings;
import java.time.Duration;
import java.util.List;

/** The production {@link EtcdClients}: gRPC channels to etcd, plain or TLS. */
public final class GrpcEtcdClients implements EtcdClients {
  private final Channels channels;

  public GrpcEtcdClients(TlsSettings tls, Duration dialTimeout) {
    this.channels = new Channels(tls, dialTimeout);
  }

  @Override
  public EtcdClusterClient cluster(List<String> endpoints) {
    if (endpoints.isEmpty()) {
      throw new IllegalArgumentException("no etcd endpoints configured");
    }
    List<Endpoint> parsed = endpoints.stream().map(Endpoint::parse).toList();
    return new GrpcClusterClient(endpoints, parsed.stream().map(channels::open).toList());
  }

  @Override
  public EtcdMemberClient member(String endpoint) {
    return new GrpcMemberClient(channels.open(Endpoint.parse(endpoint)));
  }
}
