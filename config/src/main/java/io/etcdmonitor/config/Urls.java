package io.etcdmonitor.config;

import java.net.URI;
import java.net.URISyntaxException;

/** The check shared by every channel key that holds a URL to post to. */
final class Urls {
  private Urls() {}

  static boolean isHttp(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
