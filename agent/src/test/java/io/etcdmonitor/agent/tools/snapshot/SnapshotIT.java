package io.etcdmonitor.agent.tools.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.agent.etcd.SnapshotStream;
import io.etcdmonitor.agent.tools.ToolProgress;
import io.etcdmonitor.config.EtcdSettings;
import io.etcdmonitor.config.TlsSettings;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import io.etcdmonitor.testkit.Etcdctl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code snapshot save} and {@code snapshot status} against a real 3-member etcd 3.4 cluster holding a known
 * history, with etcdctl, run as a process, as the reference for every field.
 */
@Timeout(180)
class SnapshotIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  private static long lastRevision;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void writeKnownData() throws InterruptedException {
    lastRevision = KnownData.write(etcd.member(0).clientUrl());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void savedSnapshotHasTheStatusEtcdctlReportsFieldByField(int member) throws Exception {
    Path file = dir.resolve("member-" + member + ".db");

    int code = SnapshotSaveCommand.run(options(file, etcd.member(member)), print(out), print(err));

    assertThat(code).as(stderr()).isZero();
    assertThat(stdout()).startsWith("Snapshot saved at " + file + "\n").contains("SHA-256 verified");
    JsonNode reference = new ObjectMapper().readTree(Etcdctl.run("snapshot", "status", "-w", "json", file.toString()));
    SnapshotStatus ours = SnapshotStatusReader.read(file);
    assertThat(ours.hash()).isEqualTo(reference.get("hash").asLong());
    assertThat(ours.revision()).isEqualTo(reference.get("revision").asLong()).isEqualTo(lastRevision);
    assertThat(ours.totalKey()).isEqualTo(reference.get("totalKey").asLong())
        .isGreaterThan(KnownData.KEYS);
    assertThat(ours.totalSize()).isEqualTo(reference.get("totalSize").asLong())
        .isEqualTo(Files.size(file) - ShaTrailer.SIZE);
    assertThat(statusOutput(file, SnapshotStatusOptions.Format.TABLE))
        .isEqualTo(Etcdctl.run("snapshot", "status", "-w", "table", file.toString()));
  }

  @Test
  void whatWeSaveIsWhatEtcdctlSavesFromTheSameMember() throws Exception {
    Path ours = dir.resolve("ours.db");
    Path theirs = dir.resolve("theirs.db");

    assertThat(SnapshotSaveCommand.run(options(ours, etcd.member(1)), print(out), print(err))).isZero();
    Etcdctl.run("--endpoints=" + etcd.member(1).clientUrl(), "snapshot", "save", theirs.toString());

    assertThat(statusOutput(ours, SnapshotStatusOptions.Format.JSON))
        .isEqualTo(statusOutput(theirs, SnapshotStatusOptions.Format.JSON));
    assertThat(Files.size(ours)).isEqualTo(Files.size(theirs));
  }

  @Test
  void streamDamagedInTransitFailsVerificationAndLeavesNoFile() throws Exception {
    Path file = dir.resolve("damaged.db");
    SnapshotSource damaged = SnapshotStreams.flippingByte(new MemberSnapshotSource(
        SnapshotStream.open(etcd.member(2).clientUrl().toString(), TlsSettings.NONE, Duration.ofSeconds(5))), 70_000);

    SnapshotExitCode code = new SnapshotSaver(options(file, etcd.member(2)), print(out), print(err),
        ToolProgress.on(print(err), "snapshot save", HumanBytes::si)).save(damaged);

    assertThat(code).isEqualTo(SnapshotExitCode.INVALID_SNAPSHOT);
    assertThat(stderr()).contains("SHA-256 check failed").contains("nothing was saved");
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void truncatedCopyOfARealSnapshotIsAOneLineError() throws Exception {
    Path file = dir.resolve("whole.db");
    assertThat(SnapshotSaveCommand.run(options(file, etcd.member(0)), print(out), print(err))).isZero();
    byte[] whole = Files.readAllBytes(file);
    Path cut = Files.write(dir.resolve("cut.db"), Arrays.copyOf(whole, whole.length / 2));
    err.reset();

    int code = SnapshotStatusCommand.run(new SnapshotStatusOptions(cut, SnapshotStatusOptions.Format.JSON),
        print(out), print(err));

    assertThat(code).isEqualTo(SnapshotExitCode.INVALID_SNAPSHOT.code());
    assertThat(stderr()).startsWith("snapshot status: " + cut + ": invalid snapshot: truncated: the database needs ")
        .endsWith("but the file has " + whole.length / 2 + "\n");
  }

  @Test
  void memberThatIsDownIsAnEtcdErrorAndLeavesNoFile() throws Exception {
    EtcdMember member = etcd.member(2);
    Path file = dir.resolve("down.db");
    member.kill9();
    try {
      int code = SnapshotSaveCommand.run(options(file, member), print(out), print(err));

      assertThat(code).isEqualTo(SnapshotExitCode.ETCD_ERROR.code());
      assertThat(stderr()).isEqualTo("snapshot save: etcd at " + member.clientUrl()
          + ": unavailable: Connection refused\n");
      assertThat(filesIn(dir)).isEmpty();
    } finally {
      member.restart();
      member.awaitHealthy(Duration.ofSeconds(30));
    }
  }

  private static SnapshotSaveOptions options(Path file, EtcdMember member) {
    return new SnapshotSaveOptions(file, false,
        new EtcdSettings(List.of(member.clientUrl().toString()), Duration.ofSeconds(5), TlsSettings.NONE));
  }

  private static String statusOutput(Path file, SnapshotStatusOptions.Format format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = SnapshotStatusCommand.run(new SnapshotStatusOptions(file, format), print(bytes), print(errors));
    assertThat(code).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
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
