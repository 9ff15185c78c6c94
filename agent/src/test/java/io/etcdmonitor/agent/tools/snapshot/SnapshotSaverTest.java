package io.etcdmonitor.agent.tools.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.tools.ToolProgress;
import io.etcdmonitor.config.EtcdSettings;
import io.etcdmonitor.config.TlsSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Saving a snapshot from streams that succeed, arrive damaged, break off, or cannot be written. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SnapshotSaverTest {
  private static final EtcdSettings ONE_ENDPOINT =
      new EtcdSettings(List.of("http://127.0.0.1:1"), Duration.ofSeconds(1), TlsSettings.NONE);

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void savesTheStreamByteForByteAndTheResultReadsAsASnapshot() throws Exception {
    byte[] stream = Files.readAllBytes(SnapshotStatusCommandTest.fixture("branches.db"));
    Path target = dir.resolve("backup.db");

    int code = save(target, false, SnapshotStreams.of(stream, 4096 * 8));

    assertThat(code).isZero();
    assertThat(Files.readAllBytes(target)).isEqualTo(stream);
    assertThat(SnapshotStatusReader.read(target).toJson() + "\n")
        .isEqualTo(SnapshotStatusCommandTest.expected("branches.etcdctl.json"));
    assertThat(stdout()).startsWith("Snapshot saved at " + target + "\n")
        .contains("106 kB (106528 bytes) in ").contains("SHA-256 verified");
    assertThat(leftovers()).containsExactly("backup.db");
  }

  @Test
  void oneFlippedByteFailsVerificationAndLeavesNoFile() throws Exception {
    byte[] stream = Files.readAllBytes(SnapshotStatusCommandTest.fixture("branches.db"));
    Path target = dir.resolve("backup.db");

    int code = save(target, false, SnapshotStreams.flippingByte(SnapshotStreams.of(stream, 16384), 50_000));

    assertThat(code).isEqualTo(SnapshotExitCode.INVALID_SNAPSHOT.code());
    assertThat(stderr()).contains("SHA-256 check failed").contains("nothing was saved");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void streamThatBreaksOffLeavesNoFile() throws Exception {
    byte[] stream = Files.readAllBytes(SnapshotStatusCommandTest.fixture("branches.db"));
    Path target = dir.resolve("backup.db");

    int code = save(target, false,
        SnapshotStreams.of(stream, 4096, 3, new IllegalStateException("etcdserver: leader changed")));

    assertThat(code).isEqualTo(SnapshotExitCode.ETCD_ERROR.code());
    assertThat(stderr()).isEqualTo("snapshot save: etcd at test-stream: etcdserver: leader changed\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void streamWithoutTrailerIsRejected() throws Exception {
    byte[] databaseOnly = ShaTrailerTest.randomBytes(4096 * 4);
    Path target = dir.resolve("backup.db");

    int code = save(target, false, SnapshotStreams.of(databaseOnly, 4096));

    assertThat(code).isEqualTo(SnapshotExitCode.INVALID_SNAPSHOT.code());
    assertThat(stderr()).contains("ended after 16384 bytes without etcd's SHA-256 trailer");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void writeFailureOnTheLocalDiskIsReportedAsSuchAndLeavesNoFile() throws Exception {
    byte[] stream = Files.readAllBytes(SnapshotStatusCommandTest.fixture("small.db"));
    Path target = dir.resolve("backup.db");
    SnapshotSaver saver = new SnapshotSaver(options(target, false), print(out), print(err), progress(),
        temp -> FileChannel.open(Path.of("/dev/full"), StandardOpenOption.WRITE));

    int code = saver.save(SnapshotStreams.of(stream, 4096)).code();

    assertThat(code).isEqualTo(SnapshotExitCode.IO_ERROR.code());
    assertThat(stderr()).startsWith("snapshot save: cannot write ").contains("No space left on device");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void existingFileIsKeptWithoutForce() throws Exception {
    Path target = Files.writeString(dir.resolve("backup.db"), "yesterday's backup");
    byte[] stream = Files.readAllBytes(SnapshotStatusCommandTest.fixture("small.db"));

    int code = save(target, false, SnapshotStreams.of(stream, 4096));

    assertThat(code).isEqualTo(SnapshotExitCode.ALREADY_EXISTS.code());
    assertThat(stderr()).contains("already exists; add --force");
    assertThat(Files.readString(target)).isEqualTo("yesterday's backup");
  }

  @Test
  void forceReplacesAnExistingFileWithTheNewSnapshot() throws Exception {
    Path target = Files.writeString(dir.resolve("backup.db"), "yesterday's backup");
    byte[] stream = Files.readAllBytes(SnapshotStatusCommandTest.fixture("small.db"));

    int code = save(target, true, SnapshotStreams.of(stream, 4096));

    assertThat(code).isZero();
    assertThat(Files.readAllBytes(target)).isEqualTo(stream);
  }

  @Test
  void failedDownloadWithForceKeepsTheOldFile() throws Exception {
    Path target = Files.writeString(dir.resolve("backup.db"), "yesterday's backup");
    byte[] stream = Files.readAllBytes(SnapshotStatusCommandTest.fixture("small.db"));

    int code = save(target, true, SnapshotStreams.flippingByte(SnapshotStreams.of(stream, 4096), 100));

    assertThat(code).isEqualTo(SnapshotExitCode.INVALID_SNAPSHOT.code());
    assertThat(Files.readString(target)).isEqualTo("yesterday's backup");
    assertThat(leftovers()).containsExactly("backup.db");
  }

  @Test
  void missingDirectory() {
    int code = save(dir.resolve("no/such/dir/backup.db"), false, SnapshotStreams.of(new byte[0], 1));

    assertThat(code).isEqualTo(SnapshotExitCode.NOT_FOUND.code());
    assertThat(stderr()).isEqualTo("snapshot save: directory " + dir.resolve("no/such/dir") + " does not exist\n");
  }

  @Test
  void severalEndpointsAreRefusedLikeEtcdctlDoes() {
    EtcdSettings three = new EtcdSettings(List.of("http://a:2379", "http://b:2379", "http://c:2379"),
        Duration.ofSeconds(1), TlsSettings.NONE);

    int code = SnapshotSaveCommand.run(new SnapshotSaveOptions(dir.resolve("x.db"), false, three), print(out),
        print(err));

    assertThat(code).isEqualTo(SnapshotExitCode.USAGE.code());
    assertThat(stderr()).contains("exactly one endpoint, not 3 [http://a:2379, http://b:2379, http://c:2379]");
  }

  private int save(Path target, boolean force, SnapshotSource source) {
    return new SnapshotSaver(options(target, force), print(out), print(err), progress()).save(source).code();
  }

  private static SnapshotSaveOptions options(Path target, boolean force) {
    return new SnapshotSaveOptions(target, force, ONE_ENDPOINT);
  }

  private ToolProgress progress() {
    return ToolProgress.on(print(err), "snapshot save", HumanBytes::si);
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
