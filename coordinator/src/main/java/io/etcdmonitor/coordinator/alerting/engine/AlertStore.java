package io.etcdmonitor.coordinator.alerting.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps silences and the notification log in {@code data_dir/alerting}, so a restart neither pages twice nor
 * forgets a silence. Each save replaces a file atomically (temp file, fsync, rename, fsync of the directory) on a
 * thread of its own, never an actor's; saves that queue up are coalesced into the latest. A file that cannot be
 * read is set aside with a warning and the monitor starts without it: losing silences is bad, not starting is
 * worse.
 */
public final class AlertStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertStore.class);
  static final String DIRECTORY = "alerting";
  static final String SILENCES = "silences.json";
  static final String LOG_FILE = "notification-log.json";
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  /** What is saved: every silence and every log entry, as of one instant. */
  public record Snapshot(List<Silence> silences, List<NotificationLog.Entry> entries) {}

  /** The data directory cannot be used; the message says which and why, in one line. */
  public static final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    StoreException(String message) {
      super(message, null, false, false);
    }
  }

  private final Path directory;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "etcd-monitor-alert-store");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<Snapshot> pending = new AtomicReference<>();

  private AlertStore(Path directory) {
    this.directory = directory;
  }

  /** Creates {@code dataDir/alerting} if missing and checks that a file can be written there. */
  public static AlertStore open(Path dataDir) throws StoreException {
    Path directory = dataDir.resolve(DIRECTORY);
    try {
      Files.createDirectories(directory);
    } catch (FileAlreadyExistsException e) {
      throw new StoreException("data_dir " + dataDir + ": cannot create " + directory + ": " + e.getFile()
          + " exists and is not a directory");
    } catch (IOException e) {
      throw new StoreException("data_dir " + dataDir + ": cannot create " + directory + ": " + reason(e));
    }
    Path probe = directory.resolve(".write-test");
    try {
      writeAtomically(probe, new byte[0]);
      Files.delete(probe);
    } catch (IOException e) {
      throw new StoreException("data_dir " + dataDir + " is not writable: " + reason(e));
    }
    return new AlertStore(directory);
  }

  public Silences loadSilences() {
    StoredState.SilencesFile file = read(SILENCES, StoredState.SilencesFile.class);
    List<Silence> silences = file == null || file.silences() == null ? List.of()
        : valid(file.silences(), StoredState::toSilence, SILENCES);
    return new Silences(silences);
  }

  public NotificationLog loadLog() {
    StoredState.LogFile file = read(LOG_FILE, StoredState.LogFile.class);
    List<NotificationLog.Entry> entries = file == null || file.entries() == null ? List.of()
        : valid(file.entries(), StoredState::toEntry, LOG_FILE);
    return new NotificationLog(entries);
  }

  /** Saves in the background; returns at once. */
  public void save(Snapshot snapshot) {
    if (pending.getAndSet(snapshot) == null) {
      writer.execute(this::drain);
    }
  }

  /** Waits (up to 5 s) for the last save to reach the disk. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("alert state in {} may not be saved: the write did not finish within 5 s", directory);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    Snapshot snapshot = pending.getAndSet(null);
    if (snapshot == null) {
      return;
    }
    write(SILENCES, new StoredState.SilencesFile(StoredState.VERSION,
        snapshot.silences().stream().map(StoredState::of).toList()));
    write(LOG_FILE, new StoredState.LogFile(StoredState.VERSION,
        snapshot.entries().stream().map(StoredState::of).toList()));
  }

  private void write(String name, Object content) {
    Path target = directory.resolve(name);
    try {
      writeAtomically(target, JSON.writeValueAsBytes(content));
    } catch (IOException e) {
      LOG.warn("cannot save {}: {}; the previous version stays", target, reason(e));
    }
  }

  private <T> T read(String name, Class<T> type) {
    Path file = directory.resolve(name);
    try {
      return JSON.readValue(Files.readAllBytes(file), type);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      Path aside = file.resolveSibling(name + ".corrupt-" + Instant.now().toEpochMilli());
      String kept;
      try {
        Files.move(file, aside);
        kept = "moved to " + aside;
      } catch (IOException moveFailed) {
        kept = "left in place";
      }
      LOG.warn("{} cannot be read ({}); starting without it, the file was {}", file, reason(e), kept);
      return null;
    }
  }

  private static <S, T> List<T> valid(List<S> stored, Function<S, T> convert, String name) {
    List<T> out = new ArrayList<>();
    for (S s : stored) {
      try {
        out.add(convert.apply(s));
      } catch (RuntimeException e) {
        LOG.warn("skipping an unreadable entry of {}: {}", name, e.getMessage());
      }
    }
    return out;
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      LOG.debug("cannot fsync directory {}: {}", target.getParent(), reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }
}
