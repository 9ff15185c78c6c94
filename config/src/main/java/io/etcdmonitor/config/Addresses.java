package io.etcdmonitor.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names, {@code host:port} pairs and etcd endpoints as people write them ({@code localhost:2379},
 * {@code https://etcd1:2379}, {@code [::1]:2379}), checked here so that a typo fails at startup with the reason
 * instead of as a connection error minutes later.
 */
final class Addresses {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");

  /** An endpoint whose scheme was given ({@code http}/{@code https}) or is null, to be chosen by TLS. */
  record Endpoint(String scheme, String host, int port) {
    String url(boolean tls) {
      return (scheme != null ? scheme : tls ? "https" : "http") + "://" + host + ":" + port;
    }
  }

  /** A member name and the URL of its /metrics, from {@code name=http://host:port}. */
  record NamedUrl(String name, String url) {}

  /** A member name and where to reach its client port instead of the URL it advertises. */
  record NamedEndpoint(String name, Endpoint endpoint) {}

  private Addresses() {}

  /**
   * Splits {@code member=value} and checks the member name; {@code what} and {@code example} explain the expected
   * form when there is no {@code =}.
   */
  static String[] memberPair(String text, String what, String example) throws BadValue {
    String s = text.strip();
    int eq = s.indexOf('=');
    if (eq <= 0) {
      throw new BadValue("is not name=" + what + " (example: " + example + ")");
    }
    String name = s.substring(0, eq).strip();
    if (!LABEL.matcher(name).matches()) {
      throw new BadValue("has member name '" + name + "', which is not a valid name");
    }
    return new String[] {name, s.substring(eq + 1).strip()};
  }

  /** {@code name=host:port} or {@code name=http(s)://host:port}, checked as an endpoint. */
  static NamedEndpoint namedEndpoint(String text) throws BadValue {
    String[] pair = memberPair(text, "url", "m1=http://10.0.0.1:2379");
    return new NamedEndpoint(pair[0], endpoint(pair[1]));
  }

  /** {@code name=http(s)://host:port[/path]}; the path defaults to {@code /metrics}. */
  static NamedUrl namedUrl(String text) throws BadValue {
    String[] pair = memberPair(text, "url", "m1=http://10.0.0.1:2381");
    String name = pair[0];
    String url = pair[1];
    java.net.URI uri;
    try {
      uri = new java.net.URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new BadValue("has a URL that does not parse");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BadValue("has a URL without http:// or https://");
    }
    if (uri.getHost() == null || uri.getPort() < 1 || uri.getPort() > 65535) {
      throw new BadValue("has a URL without host:port");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")
        ? "/metrics" : uri.getRawPath();
    return new NamedUrl(name, scheme + "://" + uri.getHost() + ":" + uri.getPort() + path);
  }

  static Endpoint endpoint(String text) throws BadValue {
    String s = text.strip();
    String scheme = null;
    int sep = s.indexOf("://");
    if (sep >= 0) {
      scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new BadValue("has scheme " + s.substring(0, sep) + "; use http:// or https://");
      }
      s = s.substring(sep + 3);
      if (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    if (s.contains("/") || s.contains("?") || s.contains("#")) {
      throw new BadValue("has a path; write only host:port or scheme://host:port");
    }
    String[] hostPort = splitHostPort(s, "localhost:2379");
    return new Endpoint(scheme, hostPort[0], Integer.parseInt(hostPort[1]));
  }

  /** A {@code host:port} pair, returned as written after checking. */
  static String hostPort(String text) throws BadValue {
    String s = text.strip();
    if (s.contains("://") || s.contains("/")) {
      throw new BadValue("is not host:port (example: 10.0.0.5:25520)");
    }
    String[] hostPort = splitHostPort(s, "10.0.0.5:25520");
    return hostPort[0] + ":" + hostPort[1];
  }

  /** A host name, an IPv4 address or an IPv6 address (without brackets). */
  static String host(String text) throws BadValue {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new BadValue("is empty");
    }
    if (s.contains(":")) {
      if (!IPV6.matcher(s).matches()) {
        throw new BadValue("is not a host name or IP address");
      }
      return s;
    }
    for (String label : s.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches() || label.length() > 63) {
        throw new BadValue("is not a host name or IP address");
      }
    }
    return s;
  }

  private static String[] splitHostPort(String s, String example) throws BadValue {
    String host;
    String port;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new BadValue("has an unclosed '[' in its IPv6 address");
      }
      host = s.substring(1, close);
      if (host.isEmpty()) {
        throw new BadValue("has no host");
      }
      if (close + 1 == s.length()) {
        throw new BadValue("has no port (example: [::1]:2379)");
      }
      if (s.charAt(close + 1) != ':') {
        throw new BadValue("is not [ipv6]:port");
      }
      if (!host.contains(":")) {
        throw new BadValue("has brackets around something that is not an IPv6 address");
      }
      host(host);
      port = s.substring(close + 2);
      host = "[" + host + "]";
    } else {
      int colon = s.lastIndexOf(':');
      if (colon < 0) {
        throw new BadValue(s.isEmpty() ? "has no host" : "has no port (example: " + example + ")");
      }
      host = s.substring(0, colon);
      port = s.substring(colon + 1);
      if (host.isEmpty()) {
        throw new BadValue("has no host");
      }
      if (host.contains(":")) {
        throw new BadValue("has an IPv6 address without brackets (example: [::1]:2379)");
      }
      host(host);
    }
    return new String[] {host, Integer.toString(port(port))};
  }

  private static int port(String port) throws BadValue {
    if (port.isEmpty()) {
      throw new BadValue("has no port");
    }
    if (!port.chars().allMatch(Character::isDigit) || port.length() > 9) {
      throw new BadValue("has port " + port + ", which is not a number");
    }
    int p = Integer.parseInt(port);
    if (p < 1 || p > 65535) {
      throw new BadValue("has port " + p + ", outside 1..65535");
    }
    return p;
  }
}
