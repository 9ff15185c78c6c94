package io.etcdmonitor.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CborRoundTripTest {
  private static ActorTestKit testKit;
  private static Serialization serialization;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create();
    serialization = SerializationExtension.get(Adapter.toClassic(testKit.system()));
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  static Stream<Object> messages() {
    Instant now = Instant.parse("2026-11-24T10:15:30.123456Z");
    MemberStatus status =
        new MemberStatus("3.4.23", 0x8e9e05c52164694dL, 7, 1234, 1233, 20480, 16384, false, List.of("NOSPACE"));
    long highBitId = 0xfedcba9876543210L; // negative as a signed long
    return Stream.of(
        new ProbeReport("host-a", "dc1", highBitId, "http://127.0.0.1:2379", now,
            new ProbeResult.Reachable(status, 0.734, ReadCheck.succeeded(0.512))),
        new ProbeReport("host-a", "dc1", 1, "http://127.0.0.1:2379", now,
            new ProbeResult.Reachable(status, 1.5, ReadCheck.failed(1000.0, "etcdserver: request timed out"))),
        new ProbeReport("host-b", "dc2", 2, "http://127.0.0.1:22379", now,
            new ProbeResult.Unreachable("connection refused")),
        new ProbeReport("host-b", "dc2", 3, "http://127.0.0.1:32379", now, new ProbeResult.TimedOut(1000)),
        new MembershipReport("host-a", "dc1", List.of(
            new MemberInfo(highBitId, "m1", List.of("http://127.0.0.1:2379"), List.of("http://127.0.0.1:2380"), false),
            new MemberInfo(5, "", List.of(), List.of("http://127.0.0.1:2480"), true)), null, now),
        MembershipReport.failed("host-b", "dc2", List.of(), "connection refused", now),
        new AlarmReport("host-a", List.of(new Alarm(highBitId, "NOSPACE")), now),
        new ClusterView(now, true, false, List.of("quorum lost: 1/3 members reachable"), highBitId, 3, 3, 1, 2, 1,
            List.of(new LeaderChange(now, MemberIds.NONE, highBitId, 7)), List.of(new Alarm(highBitId, "NOSPACE")),
            List.of(new MemberView(
                new MemberInfo(highBitId, "m1", List.of("http://127.0.0.1:2379"), List.of("http://127.0.0.1:2380"), false),
                true, true, status, 0.8, null, ReadCheck.succeeded(0.4), now, "http://127.0.0.1:2379"),
                new MemberView(new MemberInfo(2, "", List.of(), List.of(), false),
                    false, false, null, null, "member not started", null, null, null))));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void survivesCborRoundTrip(Object message) throws Exception {
    var serializer = serialization.findSerializerFor(message);
    assertThat(serializer.getClass().getSimpleName()).isEqualTo("JacksonCborSerializer");

    byte[] bytes = serialization.serialize(message).get();
    String manifest = Serializers.manifestFor(serializer, message);
    Object back = serialization.deserialize(bytes, serializer.identifier(), manifest).get();

    assertThat(back).isEqualTo(message);
  }
}
