package io.etcdmonitor.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.etcdmonitor.protocol.MemberMetrics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Figures over a window, from hand-built scrapes with known increases (window-t0, -t1 15 s later, and
 * -t2-restarted 10 s after t1 across an etcd restart). Expected quantiles were checked with promtool.
 */
class WindowedFiguresTest {
  private static final Instant T1 = Instant.parse("2026-11-24T12:00:15Z");
  private static final Instant T2 = Instant.parse("2026-11-24T12:00:25Z");
  private static final String A = "a1b2c3d4e5f60718";
  private static final String C = "c9bbd4cfa40c7f";

  private static final MemberMetrics WINDOW = MemberMetricsDeriver.derive(
      Fixtures.parsed("window-t0.txt"), Fixtures.parsed("window-t1.txt"), T1, Duration.ofSeconds(15));
  private static final MemberMetrics RESTARTED = MemberMetricsDeriver.derive(
      Fixtures.parsed("window-t1.txt"), Fixtures.parsed("window-t2-restarted.txt"), T2, Duration.ofSeconds(10));

  @Test
  void turnsCountersIntoIncreasesAndRates() {
    MemberMetrics.Raft raft = WINDOW.raft();

    assertThat(WINDOW.window()).isEqualTo(Duration.ofSeconds(15));
    assertThat(raft).isEqualTo(new MemberMetrics.Raft(
        10300L, 20.0, 10295L, 20.0, 2L, 5L, 0.2, 4L, 1L, true, false, false, 7L, 7L, 1L, 0L, 0L, 0L));
    assertThat(WINDOW.grpc().receivedBytesPerSecond()).isEqualTo(10_000.0);
    assertThat(WINDOW.grpc().sentBytesPerSecond()).isEqualTo(20_000.0);
    assertThat(WINDOW.process().cpuCores()).isCloseTo(0.1, within(1e-12));
    assertThat(WINDOW.storage()).isEqualTo(new MemberMetrics.Storage(104857600L, 52428800L, 8589934592L));
    assertThat(WINDOW.watches()).isEqualTo(new MemberMetrics.Watches(25L, 10L, 1L));
  }

  @Test
  void percentilesCoverOnlyTheWindowAndAreAbsentWhenTheWindowSawNothing() {
    MemberMetrics.Disk disk = WINDOW.disk();

    assertThat(disk.walFsyncsInWindow()).isEqualTo(100L);
    assertThat(disk.walFsyncP50Seconds()).isCloseTo(0.0048, within(1e-12));
    assertThat(disk.walFsyncP99Seconds()).isCloseTo(0.024, within(1e-12));
    assertThat(disk.backendCommitsInWindow()).isZero();
    assertThat(disk.backendCommitP50Seconds()).isNull();
    assertThat(disk.backendCommitP99Seconds()).isNull();
  }

  @Test
  void cancelledWatchStreamsAreNotFailures() {
    MemberMetrics.Grpc grpc = WINDOW.grpc();

    assertThat(grpc.handledInWindow()).isEqualTo(1000L);
    assertThat(grpc.failedInWindow()).isEqualTo(10L);
    assertThat(grpc.failedRatio()).isCloseTo(0.01, within(1e-12));
    assertThat(grpc.failedTotal()).isEqualTo(10L);
    assertThat(grpc.startedTotal()).isEqualTo(3462L);
    assertThat(grpc.handledTotal()).isEqualTo(3450L);
  }

  @Test
  void openStreamsAreStartedMinusHandledOverStreamingMethods() {
    assertThat(WINDOW.grpc().openStreams()).as("10 watch streams and 2 lease keep-alive streams").isEqualTo(12L);
  }

  @Test
  void readsEachPeerOverTheWindow() {
    assertThat(WINDOW.peers()).containsOnlyKeys(A, C);
    MemberMetrics.Peer a = WINDOW.peers().get(A);
    assertThat(a.active()).isTrue();
    assertThat(a.roundTripsInWindow()).isEqualTo(4L);
    assertThat(a.roundTripP99Seconds()).isCloseTo(0.001584, within(1e-12));
    assertThat(a.sentFailuresTotal()).isEqualTo(3L);
    assertThat(a.sentFailuresInWindow()).as("the series appeared in the window").isEqualTo(3L);
    assertThat(WINDOW.peers().get(C)).isEqualTo(new MemberMetrics.Peer(false, null, 0L, 12L, 0L, 1L, 0L));
  }

  @Test
  void aRestartCountsTheWindowFromZeroSoNoRateIsNegative() {
    MemberMetrics.Raft raft = RESTARTED.raft();

    assertThat(raft.proposalsFailedPerSecond()).isCloseTo(0.1, within(1e-12));
    assertThat(raft.leaderChangesInWindow()).isEqualTo(1L);
    assertThat(raft.slowAppliesInWindow()).isZero();
    assertThat(raft.heartbeatSendFailuresInWindow()).isZero();
    assertThat(raft.proposalsCommittedPerSecond()).as("the raft index continues").isCloseTo(10.0, within(1e-12));
    assertThat(raft.proposalsAppliedPerSecond()).isCloseTo(10.5, within(1e-12));
    assertThat(RESTARTED.process().cpuCores()).isCloseTo(0.05, within(1e-12));
    assertThat(RESTARTED.grpc().receivedBytesPerSecond()).isEqualTo(2_000.0);
    assertThat(RESTARTED.grpc().sentBytesPerSecond()).isEqualTo(4_000.0);
  }

  @Test
  void aRestartTakesTheRestartedHistogramsAsTheWindow() {
    MemberMetrics.Disk disk = RESTARTED.disk();

    assertThat(disk.walFsyncsInWindow()).isEqualTo(20L);
    assertThat(disk.walFsyncP50Seconds()).isCloseTo(0.001, within(1e-12));
    assertThat(disk.walFsyncP99Seconds()).isCloseTo(0.0038, within(1e-12));
    assertThat(disk.backendCommitsInWindow()).isEqualTo(5L);
    assertThat(disk.backendCommitP50Seconds()).isCloseTo(0.0005, within(1e-12));
    assertThat(disk.backendCommitP99Seconds()).isCloseTo(0.00099, within(1e-12));
  }

  @Test
  void aRestartResetsGrpcAndPeerCountersSeriesBySeries() {
    assertThat(RESTARTED.grpc().handledInWindow()).isEqualTo(51L);
    assertThat(RESTARTED.grpc().failedInWindow()).isEqualTo(1L);
    assertThat(RESTARTED.grpc().failedRatio()).isCloseTo(1.0 / 51, within(1e-12));
    MemberMetrics.Peer a = RESTARTED.peers().get(A);
    assertThat(a.sentFailuresTotal()).isZero();
    assertThat(a.sentFailuresInWindow()).isZero();
    assertThat(a.roundTripsInWindow()).isEqualTo(2L);
  }

  @Test
  void theFirstScrapeHasTotalsButNoWindowedFigures() {
    MemberMetrics m = MemberMetricsDeriver.derive(null, Fixtures.parsed("window-t1.txt"), T1, Duration.ofSeconds(15));

    assertThat(m.window()).isNull();
    assertThat(m.raft().proposalsFailedTotal()).isEqualTo(5L);
    assertThat(m.raft().proposalsFailedPerSecond()).isNull();
    assertThat(m.raft().leaderChangesInWindow()).isNull();
    assertThat(m.disk()).isEqualTo(new MemberMetrics.Disk(null, null, null, null, null, null));
    assertThat(m.grpc().failedRatio()).isNull();
    assertThat(m.grpc().failedTotal()).isEqualTo(10L);
    assertThat(m.peers().get(A).sentFailuresInWindow()).isNull();
    assertThat(m.peers().get(A).roundTripP99Seconds()).isNull();
  }
}
