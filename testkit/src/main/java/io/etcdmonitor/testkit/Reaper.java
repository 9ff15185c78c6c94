package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after clusters whose tests never got to: a shutdown hook stops the live ones, and directories left by a
 * JVM that was SIGKILLed (its etcd processes died with it, see {@link Processes}) are deleted at the next start.
 */
final class Reaper {
  static final String DIR_PREFIX = "etcd-testkit-";
  private static final Logger LOG = LoggerFactory.getLogger(Reaper.class);
  private static final String OWNER_FILE = "owner";
  private static final Set<LocalEtcdCluster> LIVE = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean SWEPT = new AtomicBoolean();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(LocalEtcdCluster::destroyNow),
        "etcd-testkit-shutdown"));
  }

  private Reaper() {}

  static void register(LocalEtcdCluster cluster) {
    LIVE.add(cluster);
  }

  static void unregister(LocalEtcdCluster cluster) {
    LIVE.remove(cluster);
  }

  /** A fresh directory under java.io.tmpdir, stamped with this JVM's identity so that a later sweep knows its owner. */
  static Path createClusterDir(String token) {
    try {
      Path dir = Files.createTempDirectory(DIR_PREFIX + token + "-");
      Files.writeString(dir.resolve(OWNER_FILE), Owners.current(), StandardCharsets.US_ASCII);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for a test etcd cluster", e);
    }
  }

  static void sweepStaleOnce() {
    if (SWEPT.compareAndSet(false, true)) {
      sweepStale(Path.of(System.getProperty("java.io.tmpdir")));
    }
  }

  static void sweepStale(Path parent) {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, DIR_PREFIX + "*")) {
      for (Path dir : dirs) {
        Optional<String> owner = readOwner(dir);
        if (owner.isPresent() && !Owners.isAlive(owner.get())) {
          LOG.info("deleting {}, left behind by a JVM that is gone", dir);
          deleteRecursively(dir);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot sweep stale etcd test directories in {}: {}", parent, e.toString());
    }
  }

  static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (NoSuchFileException e) {
      LOG.debug("{} is already gone", dir);
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", dir, e.toString());
    }
  }

  private static Optional<String> readOwner(Path dir) {
    try {
      return Optional.of(Files.readString(dir.resolve(OWNER_FILE), StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
