package io.etcdmonitor.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds the etcd executable once, and fails loudly when it is missing, because a skipped etcd test proves nothing. */
final class EtcdBinary {
  static final String ENV_VAR = "ETCD_BIN";
  static final Path DEBIAN_PATH = Path.of("/usr/bin/etcd");
  private static final String HOW_TO_INSTALL = "Integration tests need a real etcd 3.4+: run the project's test "
      + "command from the README (it installs etcd-server), or `apt-get install etcd-server`, or set " + ENV_VAR
      + " to an etcd binary. Tests never skip when etcd is missing.";

  private EtcdBinary() {}

  static Path locate() {
    return locate(System.getenv(), DEBIAN_PATH);
  }

  static Path locate(Map<String, String> env, Path defaultPath) {
    String configured = env.get(ENV_VAR);
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (Files.isRegularFile(path) && Files.isExecutable(path)) {
        return path;
      }
      throw new EtcdClusterException(ENV_VAR + "=" + configured + " is not an executable file. " + HOW_TO_INSTALL);
    }
    if (Files.isExecutable(defaultPath)) {
      return defaultPath;
    }
    return onPath(env.getOrDefault("PATH", ""))
        .orElseThrow(() -> new EtcdClusterException("etcd binary not found: " + ENV_VAR + " is unset, "
            + defaultPath + " does not exist and no etcd is on the PATH. " + HOW_TO_INSTALL));
  }

  private static Optional<Path> onPath(String pathVariable) {
    for (String dir : pathVariable.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "etcd");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
