package io.etcdmonitor.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    MemberMetrics metrics = new MemberMetrics(now, Duration.ofMillis(15_250), "3.5.17", 2,
        new MemberMetrics.Raft(10300L, 20.0, 10295L, 20.0, 2L, 5L, 0.2, 4L, 1L, true, false, false, 7L, 7L, 1L, 0L,
            0L, 0L),
        new MemberMetrics.Disk(0.0048, 0.024, 100L, null, null, 0L),
        new MemberMetrics.Storage(104857600L, 52428800L, 8589934592L),
        new MemberMetrics.Watches(25L, 10L, 1L),
        new MemberMetrics.Grpc(3462L, 3450L, 12L, 10L, 1000L, 10L, 0.01, 1150000L, 5300000L, 10000.0, 20000.0),
        new MemberMetrics.Process(52428800L, 101.5, 0.1, 40L, 1048576L, 38L, 1048576L),
        Map.of("a1b2c3d4e5f60718", new MemberMetrics.Peer(true, 0.001584, 4L, 3L, 3L, 0L, 0L),
            "c9bbd4cfa40c7f", new MemberMetrics.Peer(null, null, null, 12L, null, 1L, null)));
    MemberMetrics firstScrape = new MemberMetrics(now, null, null, 0,
        new MemberMetrics.Raft(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null),
        new MemberMetrics.Disk(null, null, null, null, null, null),
        new MemberMetrics.Storage(null, null, null),
        new MemberMetrics.Watches(null, null, null),
        new MemberMetrics.Grpc(null, null, null, null, null, null, null, null, null, null, null),
        new MemberMetrics.Process(null, null, null, null, null, null, null),
        Map.of());
    ReachabilityMatrix reachability = new ReachabilityMatrix(now, List.of("m1", "m2", "8e9e05c52164694d"), List.of(
        new ReachabilityMatrix.Row("host-a", "dc1", now, List.of(
            new ReachabilityCell.Reachable(0.734, now),
            new ReachabilityCell.Unreachable("connection refused", now.minusSeconds(3), now),
            new ReachabilityCell.TimedOut(1000, now.minusSeconds(2), now))),
        new ReachabilityMatrix.Row("host-b", "dc2", now.minusSeconds(9), List.of(
            new ReachabilityCell.VantageSilent(now.minusSeconds(9)),
            new ReachabilityCell.VantageSilent(now.minusSeconds(9)),
            new ReachabilityCell.VantageSilent(now.minusSeconds(9)))),
        new ReachabilityMatrix.Row("host-c", "dc2", now, List.of(
            new ReachabilityCell.NotProbed(null),
            new ReachabilityCell.NotProbed(now.minusSeconds(30)),
            new ReachabilityCell.Reachable(12.5, now)))));
    PeerMatrix peers = new PeerMatrix(now, List.of("m1", "m2"), List.of(
        new PeerMatrix.Row("m1", now, Duration.ofMillis(10_250), now, true, "m1", 7L,
            List.of(PeerCell.UNKNOWN, new PeerCell(false, 1.584, 38L, 0L))),
        new PeerMatrix.Row("m2", null, null, now, false, null, 9L,
            List.of(new PeerCell(null, null, null, null), PeerCell.UNKNOWN))));
    PartitionVerdict verdict = new PartitionVerdict("MEMBER_ISOLATED:m2", PartitionVerdict.Kind.MEMBER_ISOLATED,
        PartitionVerdict.Severity.WARNING, List.of("m2"), List.of("host-a", "host-c"), List.of("dc1"),
        List.of(new PartitionVerdict.Evidence(PartitionVerdict.Plane.PEER, "m1", "m2", "no connection", now),
            new PartitionVerdict.Evidence(PartitionVerdict.Plane.LEADER, "m2", null, "no leader (term 9)", null)),
        3, now.minusSeconds(3), "member m2 is cut off from its peers");
    return Stream.of(
        reachability,
        ReachabilityMatrix.empty(now),
        new ReachabilityCell.TimedOut(1000, now, now),
        peers,
        verdict,
        new SubscribeViews(testKit.createTestProbe(ClusterView.class).ref()),
        metrics,
        firstScrape,
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
                new MemberInfo(highBitId, "m1", List.of("http://127.0.0.1:2379"), List.of("http://127.0.0.1:2380"),
                    false),
                true, true, status, 0.8, null, ReadCheck.succeeded(0.4), now, "http://127.0.0.1:2379",
                MemberTelemetry.NONE),
                new MemberView(new MemberInfo(2, "", List.of(), List.of(), false),
                    false, false, null, null, "member not started", null, null, null, MemberTelemetry.NONE)),
            ClusterTelemetry.NONE));
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
