package io.etcdmonitor.coordinator.it;

import io.etcdmonitor.config.ConfigException;
import io.etcdmonitor.config.ConfigLoader;
import io.etcdmonitor.config.MonitorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds monitor settings the way a user does: flags, through the real loader. */
public final class Monitors {
  private Monitors() {}

  /**
   * Settings from flags given as {@code name, value, name, value...}, on a free loopback API port, with a fresh
   * data directory unless one is given.
   */
  public static MonitorSettings settings(String... flagPairs) {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("api-host", "127.0.0.1");
    flags.put("api-port", Integer.toString(freePort()));
    try {
      flags.put("data-dir", Files.createTempDirectory("etcd-monitor-data").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < flagPairs.length; i += 2) {
      flags.put(flagPairs[i], flagPairs[i + 1]);
    }
    try {
      return ConfigLoader.load(flags, Map.of());
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.render(), e);
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
