package io.etcdmonitor.agent.tools.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShaTrailerTest {
  private static final byte[] SNAPSHOT = SnapshotStreams.withTrailer(randomBytes(4096 * 3));

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 31, 32, 33, 100, 4096, 16384, 1 << 20})
  void verifiesHoweverTheStreamIsChunked(int chunkSize) {
    ShaTrailer trailer = feed(SNAPSHOT, chunkSize);

    assertThat(trailer.finish()).isInstanceOf(ShaTrailer.Verified.class)
        .extracting(c -> ((ShaTrailer.Verified) c).databaseBytes()).isEqualTo(4096L * 3);
  }

  @Test
  void etcdsChunkingWithTheTrailerAsItsOwnMessage() {
    ShaTrailer trailer = new ShaTrailer();
    trailer.update(ByteBuffer.wrap(SNAPSHOT, 0, SNAPSHOT.length - 32));
    trailer.update(ByteBuffer.wrap(SNAPSHOT, SNAPSHOT.length - 32, 32));

    assertThat(trailer.finish()).isInstanceOf(ShaTrailer.Verified.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5000, 4096 * 3 - 1, 4096 * 3 + 5})
  void oneFlippedByteAnywhereIsAMismatch(int offset) {
    byte[] damaged = SNAPSHOT.clone();
    damaged[offset] ^= 1;

    assertThat(feed(damaged, 1000).finish()).isInstanceOf(ShaTrailer.Mismatch.class);
  }

  @Test
  void streamWithoutTrailerIsMissingIt() {
    assertThat(feed(randomBytes(4096 * 3), 4096).finish()).isEqualTo(new ShaTrailer.Missing(4096 * 3));
  }

  @Test
  void emptyStreamIsMissingIt() {
    assertThat(new ShaTrailer().finish()).isEqualTo(new ShaTrailer.Missing(0));
  }

  private static ShaTrailer feed(byte[] bytes, int chunkSize) {
    ShaTrailer trailer = new ShaTrailer();
    for (int at = 0; at < bytes.length; at += chunkSize) {
      trailer.update(ByteBuffer.wrap(bytes, at, Math.min(chunkSize, bytes.length - at)));
    }
    return trailer;
  }

  static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new Random(n).nextBytes(bytes);
    return bytes;
  }
}
