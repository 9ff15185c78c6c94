package io.etcdmonitor.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.etcdmonitor.protocol.MemberMetrics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every figure read from real etcd 3.4.23 scrapes and from 3.5- and 3.6-style scrapes. */
class MemberMetricsDeriverTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:15:00Z");

  private static MemberMetrics first(String fixture) {
    return MemberMetricsDeriver.derive(null, Fixtures.parsed(fixture), NOW, null);
  }

  @Test
  void readsEveryFigureOfARealSingleMember() {
    MemberMetrics m = first("etcd-3.4.23-single.txt");

    assertThat(m.scrapedAt()).isEqualTo(NOW);
    assertThat(m.window()).isNull();
    assertThat(m.serverVersion()).isEqualTo("3.4.23");
    assertThat(m.malformedLines()).isZero();
    assertThat(m.raft()).isEqualTo(new MemberMetrics.Raft(
        310L, null, 310L, null, 0L, 0L, null, 1L, null, true, true, false, 0L, null, 0L, null, 0L, null));
    assertThat(m.disk()).isEqualTo(new MemberMetrics.Disk(null, null, null, null, null, null));
    assertThat(m.storage()).isEqualTo(new MemberMetrics.Storage(61440L, 40960L, 2147483648L));
    assertThat(m.watches()).isEqualTo(new MemberMetrics.Watches(3L, 3L, 0L));
    assertThat(m.grpc()).isEqualTo(new MemberMetrics.Grpc(
        414L, 411L, 3L, 0L, null, null, null, 7162L, 176223L, null, null));
    assertThat(m.process()).isEqualTo(new MemberMetrics.Process(30859264L, 0.6, null, 23L, 20000L, 16L, 20000L));
    assertThat(m.peers()).isEmpty();
  }

  @Test
  void readsPeersOfARealClusterMemberWithNoFailureSeriesAsZeroFailures() {
    MemberMetrics m = first("etcd-3.4.23-cluster-m1.txt");

    assertThat(m.raft().leader()).isFalse();
    assertThat(m.raft().hasLeader()).isTrue();
    assertThat(m.storage().dbTotalSizeBytes()).isEqualTo(45056L);
    assertThat(m.peers()).containsOnlyKeys("2d9bd1685fdf277d", "8449e5b96e55ebd2");
    assertThat(m.peers().get("8449e5b96e55ebd2"))
        .isEqualTo(new MemberMetrics.Peer(true, null, null, 0L, null, 0L, null));
  }

  @Test
  void countsOpenStreamsOfARealMemberServingWatches() {
    MemberMetrics m = first("etcd-3.4.23-cluster-m2.txt");

    assertThat(m.watches().watchStreams()).isEqualTo(2L);
    assertThat(m.grpc().openStreams()).isEqualTo(2L);
  }

  @Test
  void readsWindowedFiguresBetweenTwoRealScrapes() {
    MemberMetrics m = MemberMetricsDeriver.derive(Fixtures.parsed("etcd-3.4.23-single.txt"),
        Fixtures.parsed("etcd-3.4.23-single-later.txt"), NOW, Duration.ofSeconds(10));

    assertThat(m.window()).isEqualTo(Duration.ofSeconds(10));
    assertThat(m.raft().proposalsCommittedPerSecond()).isCloseTo(10.1, within(1e-9));
    assertThat(m.disk().walFsyncsInWindow()).isEqualTo(101L);
    assertThat(m.disk().walFsyncP50Seconds()).isCloseTo(0.0005, within(1e-12));
    assertThat(m.disk().walFsyncP99Seconds()).isCloseTo(0.00099, within(1e-12));
    assertThat(m.disk().backendCommitsInWindow()).isEqualTo(13L);
    assertThat(m.grpc().handledInWindow()).isEqualTo(101L);
    assertThat(m.grpc().failedRatio()).isZero();
    assertThat(m.grpc().openStreams()).as("two watch streams and one lease keep-alive stream").isEqualTo(3L);
    assertThat(m.process().cpuCores()).isCloseTo(0.023, within(1e-9));
  }

  @Test
  void readsPeerFailuresAndRoundTripsBetweenTwoRealScrapesOfALeaderThatLostAPeer() {
    MemberMetrics m = MemberMetricsDeriver.derive(Fixtures.parsed("etcd-3.4.23-cluster-m3-leader.txt"),
        Fixtures.parsed("etcd-3.4.23-cluster-m3-leader-peer-down.txt"), NOW, Duration.ofSeconds(10));

    assertThat(m.raft().leader()).isTrue();
    MemberMetrics.Peer down = m.peers().get("2d9bd1685fdf277d");
    assertThat(down.active()).isFalse();
    assertThat(down.sentFailuresTotal()).isEqualTo(96L);
    assertThat(down.sentFailuresInWindow()).isEqualTo(96L);
    assertThat(down.roundTripsInWindow()).isEqualTo(2L);
    assertThat(down.roundTripP99Seconds()).isCloseTo(0.000792, within(1e-12));
    MemberMetrics.Peer up = m.peers().get("c9bbd4cfa40c7f");
    assertThat(up).isEqualTo(new MemberMetrics.Peer(true, 0.000796, 2L, 0L, 0L, 0L, 0L));
  }

  @Test
  void readsA35StyleScrapeWhereOnlyTheNewDbSizeNameExists() {
    ParsedMetrics scrape = Fixtures.parsed("etcd-3.5-style-follower.txt");
    assertThat(scrape.families()).doesNotContainKey("etcd_debugging_mvcc_db_total_size_in_bytes");

    MemberMetrics m = MemberMetricsDeriver.derive(null, scrape, NOW, null);

    assertThat(m.serverVersion()).isEqualTo("3.5.9");
    assertThat(m.storage()).isEqualTo(new MemberMetrics.Storage(45056L, 45056L, 2147483648L));
    assertThat(m.raft().proposalsCommittedTotal()).isEqualTo(208L);
    assertThat(m.raft().leader()).isFalse();
    assertThat(m.process().osFdUsed()).isEqualTo(22L);
    assertThat(m.process().osFdLimit()).isEqualTo(20000L);
    assertThat(m.peers()).containsOnlyKeys("2d9bd1685fdf277d", "8449e5b96e55ebd2");
  }

  @Test
  void readsA36StyleScrape() {
    MemberMetrics m = first("etcd-3.6-style-leader.txt");

    assertThat(m.serverVersion()).isEqualTo("3.6.5");
    assertThat(m.raft().leader()).isTrue();
    assertThat(m.raft().learner()).isFalse();
    assertThat(m.storage().dbTotalSizeBytes()).isEqualTo(45056L);
    assertThat(m.storage().quotaBytes()).isEqualTo(2147483648L);
    assertThat(m.watches()).isEqualTo(new MemberMetrics.Watches(0L, 0L, 0L));
    assertThat(m.grpc().startedTotal()).isEqualTo(2L);
    assertThat(m.process().residentMemoryBytes()).isEqualTo(30068736L);
    assertThat(m.peers()).containsOnlyKeys("2d9bd1685fdf277d", "c9bbd4cfa40c7f");
  }

  @Test
  void fallsBackToTheOldDbSizeNameAndPrefersTheNewOne() {
    ParsedMetrics oldOnly = PrometheusTextParser.parse("etcd_debugging_mvcc_db_total_size_in_bytes 4096\n");
    ParsedMetrics both = PrometheusTextParser.parse(
        "etcd_debugging_mvcc_db_total_size_in_bytes 4096\netcd_mvcc_db_total_size_in_bytes 8192\n");

    assertThat(MemberMetricsDeriver.derive(null, oldOnly, NOW, null).storage().dbTotalSizeBytes()).isEqualTo(4096L);
    assertThat(MemberMetricsDeriver.derive(null, both, NOW, null).storage().dbTotalSizeBytes()).isEqualTo(8192L);
  }

  @Test
  void aFigureTheMemberDoesNotExposeIsAbsentNeverZero() {
    ParsedMetrics sparse = PrometheusTextParser.parse("etcd_server_has_leader 1\nprocess_cpu_seconds_total NaN\n");

    MemberMetrics m = MemberMetricsDeriver.derive(sparse, sparse, NOW, Duration.ofSeconds(10));

    assertThat(m.raft()).isEqualTo(new MemberMetrics.Raft(
        null, null, null, null, null, null, null, null, null, true, null, null, null, null, null, null, null, null));
    assertThat(m.disk()).isEqualTo(new MemberMetrics.Disk(null, null, null, null, null, null));
    assertThat(m.storage()).isEqualTo(new MemberMetrics.Storage(null, null, null));
    assertThat(m.watches()).isEqualTo(new MemberMetrics.Watches(null, null, null));
    assertThat(m.grpc()).isEqualTo(
        new MemberMetrics.Grpc(null, null, null, null, null, null, null, null, null, null, null));
    assertThat(m.process()).isEqualTo(new MemberMetrics.Process(null, null, null, null, null, null, null));
    assertThat(m.serverVersion()).isNull();
    assertThat(m.peers()).isEmpty();
  }

  @Test
  void anOlder34WithoutOsFdGaugesHasThemAbsent() {
    String withoutOsFd = Fixtures.text("etcd-3.4.23-single.txt").replaceAll("(?m)^(# (HELP|TYPE) )?os_fd_.*\\n", "");

    MemberMetrics m = MemberMetricsDeriver.derive(null, PrometheusTextParser.parse(withoutOsFd), NOW, null);

    assertThat(m.process().osFdUsed()).isNull();
    assertThat(m.process().osFdLimit()).isNull();
    assertThat(m.process().openFds()).isEqualTo(23L);
  }

  @Test
  void reportsHowManyLinesOfTheScrapeWereBroken() {
    String damaged = Fixtures.text("etcd-3.4.23-single.txt")
        .replace("etcd_server_is_leader 1", "etcd_server_is_leader one");

    MemberMetrics m = MemberMetricsDeriver.derive(null, PrometheusTextParser.parse(damaged), NOW, null);

    assertThat(m.malformedLines()).isEqualTo(1);
    assertThat(m.raft().leader()).isNull();
    assertThat(m.raft().hasLeader()).isTrue();
  }
}
