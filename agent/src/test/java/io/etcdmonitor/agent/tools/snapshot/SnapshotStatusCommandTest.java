package io.etcdmonitor.agent.tools.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code snapshot status} against snapshots that etcd 3.4 wrote, compared with what etcdctl printed for the same
 * files when they were made (resources/snapshot/generate.sh), and against damaged copies of them.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SnapshotStatusCommandTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"small", "shorthash", "branches", "overflow"})
  void jsonIsWhatEtcdctlPrinted(String name) {
    Result result = status(fixture(name + ".db"), SnapshotStatusOptions.Format.JSON);

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(expected(name + ".etcdctl.json"));
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "shorthash", "branches", "overflow"})
  void tableIsWhatEtcdctlPrinted(String name) {
    Result result = status(fixture(name + ".db"), SnapshotStatusOptions.Format.TABLE);

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(expected(name + ".etcdctl.table"));
  }

  @Test
  void missingFileIsNotFound() {
    Result result = status(dir.resolve("nope.db"), SnapshotStatusOptions.Format.TABLE);

    assertThat(result.code()).isEqualTo(SnapshotExitCode.NOT_FOUND.code());
    assertThat(result.err()).isEqualTo("snapshot status: " + dir.resolve("nope.db") + ": no such file\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void directoryIsNotASnapshot() {
    Result result = status(dir, SnapshotStatusOptions.Format.TABLE);

    assertThat(result.code()).isEqualTo(SnapshotExitCode.NOT_FOUND.code());
    assertThat(result.err()).contains("is a directory");
  }

  @Test
  void emptyFile() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.db"));

    assertInvalid(status(file, SnapshotStatusOptions.Format.JSON), "empty file");
  }

  @Test
  void textFile() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "this is not a database\n".repeat(500));

    assertInvalid(status(file, SnapshotStatusOptions.Format.JSON), "not a bbolt database: bad magic");
  }

  @Test
  void tinyFile() throws IOException {
    Path file = Files.writeString(dir.resolve("tiny.db"), "hello\n");

    assertInvalid(status(file, SnapshotStatusOptions.Format.JSON), "6 bytes, too small to be a bbolt database");
  }

  @Test
  void truncatedFileSaysHowMuchIsMissing() throws IOException {
    byte[] whole = Files.readAllBytes(fixture("branches.db"));
    Path file = Files.write(dir.resolve("cut.db"), Arrays.copyOf(whole, 50_000));

    assertInvalid(status(file, SnapshotStatusOptions.Format.JSON),
        "truncated: the database needs 106496 bytes (26 pages of 4096) but the file has 50000");
  }

  @Test
  void fileWithoutTheShaTrailerIsStillASnapshot() throws IOException {
    byte[] whole = Files.readAllBytes(fixture("small.db"));
    Path file = Files.write(dir.resolve("bare.db"), Arrays.copyOf(whole, whole.length - 32));

    assertThat(status(file, SnapshotStatusOptions.Format.JSON).out()).isEqualTo(expected("small.etcdctl.json"));
  }

  @Test
  void badMagicInBothMetaPages() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("small.db"));
    bolt.flipByte(16);
    bolt.flipByte(bolt.pageSize() + 16);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "not a bbolt database: bad magic");
  }

  @Test
  void damagedFirstMetaPageFallsBackToTheSecondAsBboltDoes() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    bolt.flipByte(16 + BoltBytes.META_PGID);

    Result result = status(save(bolt), SnapshotStatusOptions.Format.JSON);

    assertThat(result.out()).isEqualTo(expected("branches.etcdctl.json"));
  }

  @Test
  void damagedChecksumsInBothMetaPages() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("small.db"));
    bolt.flipByte(16 + BoltBytes.META_ROOT);
    bolt.flipByte(bolt.pageSize() + 16 + BoltBytes.META_ROOT);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "meta page checksum mismatch");
  }

  @Test
  void rootBeyondTheDatabase() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("small.db"));
    bolt.setMeta(BoltBytes.META_ROOT, 4_000_000L);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "page 4000000: out of bounds: 5");
  }

  @Test
  void highWaterMarkBeyondTheFile() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("small.db"));
    bolt.setMeta(BoltBytes.META_PGID, 1L << 40);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "impossible page count");
  }

  @Test
  void branchPageThatPointsAtItselfEndsWithAnErrorNotALoop() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    long branch = bolt.keyBucketRoot();
    bolt.putLong(bolt.pageOffset(branch) + 16 + 8, branch);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "page " + branch + ": multiple references");
  }

  @Test
  void branchPageThatPointsAtTheRootLeaf() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    long branch = bolt.keyBucketRoot();
    long root = bolt.meta(BoltBytes.META_ROOT);
    bolt.putLong(bolt.pageOffset(branch) + 16 + 8, root);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "page " + root + ": multiple references");
  }

  @Test
  void leafElementPointingOutsideItsPage() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("small.db"));
    bolt.putInt(bolt.pageOffset(bolt.meta(BoltBytes.META_ROOT)) + 16 + 4, 0x7FFF_0000);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "element 0 points outside the page");
  }

  @Test
  void elementCountLargerThanThePage() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("small.db"));
    bolt.putShort(bolt.pageOffset(bolt.meta(BoltBytes.META_ROOT)) + 10, (short) 0xFFFF);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "65535 elements do not fit in the page");
  }

  @Test
  void implausiblyLongPageIsRefusedBeforeItIsRead() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("small.db"));
    long pages = 2 * BoltFile.MAX_SPAN / bolt.pageSize();
    long root = bolt.meta(BoltBytes.META_ROOT);
    bolt.setMeta(BoltBytes.META_PGID, pages);
    bolt.putInt(bolt.pageOffset(root) + 12, (int) (pages - root - 1));
    Path file = save(bolt);
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(pages * bolt.pageSize());
    }

    assertInvalid(status(file, SnapshotStatusOptions.Format.JSON),
        "page " + root + ": claims " + (pages - root - 1) + " overflow pages");
  }

  @Test
  void pageOfTheWrongType() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    long branch = bolt.keyBucketRoot();
    bolt.putShort(bolt.pageOffset(branch) + 8, (short) 0x10);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON),
        "page " + branch + ": invalid type: freelist");
  }

  @Test
  void pageWhoseHeaderNamesAnotherPage() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    long branch = bolt.keyBucketRoot();
    bolt.putLong(bolt.pageOffset(branch), 3);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON),
        "page " + branch + ": header says page 3");
  }

  @Test
  void freelistThatListsEveryUnreachablePageIsConsistent() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    bolt.appendFreelist(unreachable(bolt));

    Result result = status(save(bolt), SnapshotStatusOptions.Format.JSON);

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\"totalKey\":452").contains("\"totalSize\":110592");
  }

  @Test
  void freelistThatMissesAPageLeavesItUnreachableUnfreed() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    long[] free = unreachable(bolt);
    bolt.appendFreelist(Arrays.copyOf(free, free.length - 1));

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON),
        "page " + free[free.length - 1] + ": unreachable unfreed");
  }

  @Test
  void freelistThatListsAReachablePage() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    long branch = bolt.keyBucketRoot();
    long[] free = unreachable(bolt);
    long[] withBranch = Arrays.copyOf(free, free.length + 1);
    withBranch[free.length] = branch;
    bolt.appendFreelist(withBranch);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "page " + branch + ": reachable freed");
  }

  @Test
  void freelistThatListsAPageTwice() throws IOException {
    BoltBytes bolt = BoltBytes.read(fixture("branches.db"));
    long[] free = unreachable(bolt);
    long[] twice = Arrays.copyOf(free, free.length + 1);
    twice[free.length] = free[0];
    bolt.appendFreelist(twice);

    assertInvalid(status(save(bolt), SnapshotStatusOptions.Format.JSON), "page " + free[0] + ": already freed");
  }

  private static long[] unreachable(BoltBytes bolt) {
    BitSet reachable = bolt.reachablePages();
    long pages = bolt.meta(BoltBytes.META_PGID);
    return LongStream.range(2, pages).filter(p -> !reachable.get((int) p)).toArray();
  }

  private static void assertInvalid(Result result, String reason) {
    assertThat(result.code()).isEqualTo(SnapshotExitCode.INVALID_SNAPSHOT.code());
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("snapshot status: ").contains(reason).endsWith("\n");
    assertThat(result.err().lines()).hasSize(1);
  }

  private Path save(BoltBytes bolt) throws IOException {
    Path file = Files.createTempFile(dir, "damaged", ".db");
    bolt.write(file);
    return file;
  }

  private static Result status(Path file, SnapshotStatusOptions.Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SnapshotStatusCommand.run(new SnapshotStatusOptions(file, format),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path fixture(String name) {
    try {
      return Path.of(SnapshotStatusCommandTest.class.getResource("/snapshot/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String expected(String name) {
    try {
      return Files.readString(fixture(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(int code, String out, String err) {}
}
