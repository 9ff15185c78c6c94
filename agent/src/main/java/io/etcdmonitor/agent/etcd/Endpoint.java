package io.etcdmonitor.agent.etcd;

import java.net.URI;

/** A parsed etcd client URL; etcd advertises {@code http(s)://host:port} and sometimes {@code unix://}. */
record Endpoint(String url, String host, int port, boolean tls) {

  static Endpoint parse(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    boolean tls = switch (scheme) {
      case "https" -> true;
      case "http" -> false;
      default -> throw new IllegalArgumentException("unsupported scheme in " + url + " (want http or https)");
    };
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException("no host:port in " + url);
    }
    return new Endpoint(url, uri.getHost(), uri.getPort(), tls);
  }
}
