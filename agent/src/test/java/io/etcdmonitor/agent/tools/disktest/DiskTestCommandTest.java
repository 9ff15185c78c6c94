package io.etcdmonitor.agent.tools.disktest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk test on a real temporary directory (small sizes), and its refusals. Missing directories and plain files
 * are real; a read-only mount, a directory without write permission and a full disk come from a substituted
 * {@link DirectoryProbe}, because a test running as root cannot create them without mounting file systems.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiskTestCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void measuresEveryWriteReportsJsonAndRemovesItsFile() throws IOException {
    int code = run(new DiskTestOptions(dir, 256 << 10, 2300, DiskTestOptions.Output.JSON), DirectoryProbe.SYSTEM);

    JsonNode report = new ObjectMapper().readTree(stdout());
    JsonNode syncs = report.get("fdatasyncMicros");
    assertThat(report.get("writes").asLong()).isEqualTo((256 << 10) / 2300);
    assertThat(report.get("bytes").asLong()).isEqualTo((256 << 10) / 2300 * 2300L);
    assertThat(report.get("directory").asText()).isEqualTo(dir.toAbsolutePath().toString());
    assertThat(syncs.get("p50").asLong()).isPositive()
        .isLessThanOrEqualTo(syncs.get("p90").asLong());
    assertThat(syncs.get("p90").asLong()).isLessThanOrEqualTo(syncs.get("p99").asLong());
    assertThat(syncs.get("p99").asLong()).isLessThanOrEqualTo(syncs.get("p999").asLong());
    assertThat(syncs.get("p999").asLong()).isLessThanOrEqualTo(syncs.get("max").asLong());
    boolean fast = syncs.get("p99").asLong() < 10_000;
    assertThat(report.get("verdict").asText()).isEqualTo(fast ? "PASS" : "FAIL");
    assertThat(code).isEqualTo(fast ? DiskTestExitCode.PASS.code() : DiskTestExitCode.FAIL.code());
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void textReportNamesTheWorkloadAndTheVerdict() throws IOException {
    run(new DiskTestOptions(dir, 64 << 10, 4096, DiskTestOptions.Output.TEXT), DirectoryProbe.SYSTEM);

    assertThat(stdout()).contains("16 sequential writes of 4,096 bytes").contains("fdatasync: p50 ")
        .containsPattern("verdict:   (PASS|FAIL) \\(fdatasync p99 ");
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void missingDirectory() {
    int code = run(DiskTestOptions.defaults(dir.resolve("nope")), DirectoryProbe.SYSTEM);

    assertThat(code).isEqualTo(DiskTestExitCode.NO_DIRECTORY.code());
    assertThat(stderr()).isEqualTo("disk-test: " + dir.resolve("nope") + " does not exist\n");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void fileInsteadOfADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("wal"), "x");

    int code = run(DiskTestOptions.defaults(file), DirectoryProbe.SYSTEM);

    assertThat(code).isEqualTo(DiskTestExitCode.NOT_A_DIRECTORY.code());
    assertThat(stderr()).isEqualTo("disk-test: " + file + " is not a directory\n");
  }

  @Test
  void readOnlyFileSystem() {
    int code = run(DiskTestOptions.defaults(dir), new FakeProbe(true, false, 1L << 40));

    assertThat(code).isEqualTo(DiskTestExitCode.NOT_WRITABLE.code());
    assertThat(stderr()).isEqualTo("disk-test: " + dir + " is on a read-only file system\n");
  }

  @Test
  void noWritePermission() {
    int code = run(DiskTestOptions.defaults(dir), new FakeProbe(false, false, 1L << 40));

    assertThat(code).isEqualTo(DiskTestExitCode.NOT_WRITABLE.code());
    assertThat(stderr()).isEqualTo("disk-test: no permission to write in " + dir + "\n");
  }

  @Test
  void tooLittleFreeSpace() {
    int code = run(DiskTestOptions.defaults(dir), new FakeProbe(false, true, 30L << 20));

    assertThat(code).isEqualTo(DiskTestExitCode.NO_SPACE.code());
    assertThat(stderr()).isEqualTo(
        "disk-test: " + dir + " has 30.0 MiB free; the test needs 38.0 MiB (22.0 MiB file and a margin)\n");
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void enoughFreeSpaceRuns() {
    int code = run(new DiskTestOptions(dir, 23_000, 2300, DiskTestOptions.Output.TEXT),
        new FakeProbe(false, true, Preflight.spaceNeeded(23_000)));

    assertThat(code).isIn(DiskTestExitCode.PASS.code(), DiskTestExitCode.FAIL.code());
    assertThat(stdout()).contains("10 sequential writes");
  }

  @Test
  void blockSizeOfZeroIsAUsageError() {
    int code = run(new DiskTestOptions(dir, 1 << 20, 0, DiskTestOptions.Output.TEXT), DirectoryProbe.SYSTEM);

    assertThat(code).isEqualTo(DiskTestExitCode.USAGE.code());
    assertThat(stderr()).startsWith("disk-test: --block-size must be between 1 and ");
  }

  @Test
  void sizeSmallerThanOneBlockIsAUsageError() {
    int code = run(new DiskTestOptions(dir, 1000, 2300, DiskTestOptions.Output.TEXT), DirectoryProbe.SYSTEM);

    assertThat(code).isEqualTo(DiskTestExitCode.USAGE.code());
    assertThat(stderr()).isEqualTo("disk-test: --size (1000 bytes) must hold at least one block of 2300 bytes\n");
  }

  private int run(DiskTestOptions options, DirectoryProbe probe) {
    return DiskTestCommand.run(options, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), probe);
  }

  private static long filesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** An existing directory whose mount, permission and free space the test chooses. */
  private record FakeProbe(boolean readOnly, boolean writable, long free) implements DirectoryProbe {
    @Override
    public boolean exists(Path dir) {
      return true;
    }

    @Override
    public boolean isDirectory(Path dir) {
      return true;
    }

    @Override
    public boolean isReadOnlyFileSystem(Path dir) {
      return readOnly;
    }

    @Override
    public boolean isWritable(Path dir) {
      return writable;
    }

    @Override
    public long usableSpace(Path dir) {
      return free;
    }
  }
}
