package io.etcdmonitor.testkit;

import java.net.URI;

/** Where one member listens: clients (https when TLS), peers (plain http) and metrics plus /health (plain http). */
record MemberAddress(String name, int clientPort, int peerPort, int metricsPort, boolean tls) {
  static final String HOST = "127.0.0.1";

  static MemberAddress allocate(String name, boolean tls) {
    return new MemberAddress(name, FreePorts.next(), FreePorts.next(), FreePorts.next(), tls);
  }

  URI clientUrl() {
    return url(tls ? "https" : "http", clientPort);
  }

  URI peerUrl() {
    return url("http", peerPort);
  }

  URI metricsUrl() {
    return url("http", metricsPort);
  }

  private static URI url(String scheme, int port) {
    return URI.create(scheme + "://" + HOST + ":" + port);
  }
}
