package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Hands out loopback ports that were free a moment ago and never hands the same one out twice in this JVM. */
final class FreePorts {
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private FreePorts() {}

  static int next() {
    while (true) {
      int port;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot find a free loopback port", e);
      }
      if (HANDED_OUT.add(port)) {
        return port;
      }
    }
  }
}
