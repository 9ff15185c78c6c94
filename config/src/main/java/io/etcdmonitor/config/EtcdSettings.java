package io.etcdmonitor.config;

import java.time.Duration;
import java.util.List;

/**
 * How to reach etcd.
 *
 * @param endpoints normalised URLs with scheme, for example {@code http://localhost:2379}; a bare
 *     {@code host:port} becomes {@code https://} when TLS is configured, else {@code http://}
 */
public record EtcdSettings(List<String> endpoints, Duration dialTimeout, TlsSettings tls) {
  public EtcdSettings {
    endpoints = List.copyOf(endpoints);
  }
}
