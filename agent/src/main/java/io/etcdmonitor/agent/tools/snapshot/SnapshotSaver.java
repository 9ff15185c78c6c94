package io.etcdmonitor.agent.tools.snapshot;

import io.etcdmonitor.agent.tools.ToolProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

/**
 * Streams a snapshot into a temporary file next to the target, checks etcd's SHA-256 trailer, fsyncs the file,
 * renames it atomically to the target and fsyncs the directory. On any failure the temporary file is deleted, so
 * the target name only ever holds a complete, verified snapshot (or whatever it held before).
 */
final class SnapshotSaver {
  private final SnapshotSaveOptions options;
  private final Path target;
  private final PrintStream out;
  private final PrintStream err;
  private final ToolProgress progress;
  private final ChannelOpener opener;
  private IOException localFailure;
  private long received;
  private long announced = -1;

  /** Opens the temporary file for writing; tests substitute a device that fails. */
  @FunctionalInterface
  interface ChannelOpener {
    FileChannel open(Path temp) throws IOException;
  }

  SnapshotSaver(SnapshotSaveOptions options, PrintStream out, PrintStream err, ToolProgress progress) {
    this(options, out, err, progress, temp -> FileChannel.open(temp, StandardOpenOption.WRITE));
  }

  SnapshotSaver(SnapshotSaveOptions options, PrintStream out, PrintStream err, ToolProgress progress,
      ChannelOpener opener) {
    this.opener = opener;
    this.options = options;
    this.target = options.file().toAbsolutePath();
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /** Checks the target before anything is downloaded. */
  SnapshotExitCode preflight() {
    Path dir = target.getParent();
    if (!Files.isDirectory(dir)) {
      return fail(SnapshotExitCode.NOT_FOUND, "directory " + dir + " does not exist");
    }
    if (Files.isDirectory(target)) {
      return fail(SnapshotExitCode.NOT_FOUND, options.file() + " is a directory; give a file name");
    }
    if (!options.force() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return fail(SnapshotExitCode.ALREADY_EXISTS, options.file() + " already exists; add --force to replace it"
          + " (it is replaced only by a complete, verified snapshot)");
    }
    return SnapshotExitCode.OK;
  }

  /** Downloads from {@code source}, which it closes. */
  SnapshotExitCode save(SnapshotSource source) {
    try (source) {
      SnapshotExitCode before = preflight();
      return before == SnapshotExitCode.OK ? download(source) : before;
    }
  }

  private SnapshotExitCode download(SnapshotSource source) {
    Path temp;
    try {
      temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
    } catch (AccessDeniedException e) {
      return fail(SnapshotExitCode.IO_ERROR, "cannot create a file in " + target.getParent() + ": permission denied");
    } catch (IOException e) {
      return fail(SnapshotExitCode.IO_ERROR, "cannot create a file in " + target.getParent() + ": " + e.getMessage());
    }
    temp.toFile().deleteOnExit();
    boolean moved = false;
    long start = System.nanoTime();
    try (FileChannel file = opener.open(temp)) {
      ShaTrailer trailer = new ShaTrailer();
      source.stream((chunk, remaining) -> write(file, trailer, chunk, remaining)).get();
      SnapshotExitCode verdict = verify(trailer.finish(), source);
      if (verdict != SnapshotExitCode.OK) {
        return verdict;
      }
      file.force(true);
      if (!options.force() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        return fail(SnapshotExitCode.ALREADY_EXISTS, options.file() + " appeared while downloading; not replaced");
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
      syncDirectory();
      report(System.nanoTime() - start);
      return SnapshotExitCode.OK;
    } catch (ExecutionException e) {
      if (localFailure != null) {
        return fail(SnapshotExitCode.IO_ERROR, "cannot write " + temp + ": " + oneLine(localFailure));
      }
      return fail(SnapshotExitCode.ETCD_ERROR, "etcd at " + source.describe() + ": "
          + source.describeFailure(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(SnapshotExitCode.IO_ERROR, "interrupted; nothing was saved");
    } catch (IOException e) {
      return fail(SnapshotExitCode.IO_ERROR, "cannot save to " + options.file() + ": " + oneLine(e));
    } finally {
      progress.finish(received, Math.max(announced, received));
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  private void write(FileChannel file, ShaTrailer trailer, ByteBuffer chunk, long remaining) throws IOException {
    if (announced < 0) {
      announced = chunk.remaining() + remaining;
    }
    trailer.update(chunk);
    received += chunk.remaining();
    try {
      while (chunk.hasRemaining()) {
        file.write(chunk);
      }
    } catch (IOException e) {
      localFailure = e;
      throw e;
    }
    progress.update(Math.min(received, announced), announced);
  }

  private SnapshotExitCode verify(ShaTrailer.Check check, SnapshotSource source) {
    if (check instanceof ShaTrailer.Missing m) {
      return fail(SnapshotExitCode.INVALID_SNAPSHOT, "the stream from " + source.describe() + " ended after "
          + m.totalBytes() + " bytes without etcd's SHA-256 trailer; nothing was saved");
    }
    if (check instanceof ShaTrailer.Mismatch m) {
      return fail(SnapshotExitCode.INVALID_SNAPSHOT, "SHA-256 check failed: etcd sent " + m.sent()
          + " but the received data hashes to " + m.computed() + "; nothing was saved");
    }
    long databaseBytes = ((ShaTrailer.Verified) check).databaseBytes();
    if (announced >= 0 && databaseBytes != announced) {
      return fail(SnapshotExitCode.INVALID_SNAPSHOT, "etcd announced " + announced + " bytes but sent "
          + databaseBytes + "; nothing was saved");
    }
    return SnapshotExitCode.OK;
  }

  private void syncDirectory() {
    try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      err.println("snapshot save: warning: saved, but could not fsync directory " + target.getParent() + ": "
          + oneLine(e));
    }
  }

  private void report(long nanos) {
    double seconds = nanos / 1e9;
    out.println("Snapshot saved at " + options.file());
    out.println(String.format(Locale.ROOT, "%s (%d bytes) in %.2f s, %s/s, SHA-256 verified", HumanBytes.si(received),
        received, seconds, HumanBytes.si((long) (received / Math.max(seconds, 1e-9)))));
    out.flush();
  }

  private SnapshotExitCode fail(SnapshotExitCode code, String message) {
    err.println("snapshot save: " + message);
    return code;
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      temp.toFile().deleteOnExit();
    }
  }

  static String oneLine(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
