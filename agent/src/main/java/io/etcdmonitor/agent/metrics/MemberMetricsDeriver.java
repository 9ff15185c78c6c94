package io.etcdmonitor.agent.metrics;

import io.etcdmonitor.protocol.MemberMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns two consecutive scrapes of one member into {@link MemberMetrics}: etcd exposes totals since it
 * started, while an operator needs what happened in the last window, so counters become increases and rates
 * and histograms become windowed percentiles.
 */
public final class MemberMetricsDeriver {
  private MemberMetricsDeriver() {}

  /**
   * @param previous the member's previous scrape, or null on the first one (windowed figures are then null)
   * @param current this scrape
   * @param scrapedAt when this scrape was taken
   * @param window time between the two scrapes
   */
  public static MemberMetrics derive(
      ParsedMetrics previous, ParsedMetrics current, Instant scrapedAt, Duration window) {
    ScrapeWindow scrapes = new ScrapeWindow(previous, current, window);
    return new MemberMetrics(
        scrapedAt,
        previous == null ? null : window,
        serverVersion(current),
        current.malformedLines(),
        raft(scrapes),
        disk(scrapes),
        new MemberMetrics.Storage(
            scrapes.count(EtcdMetric.DB_TOTAL_SIZE),
            scrapes.count(EtcdMetric.DB_IN_USE),
            scrapes.count(EtcdMetric.QUOTA_BACKEND)),
        new MemberMetrics.Watches(
            scrapes.count(EtcdMetric.WATCHERS),
            scrapes.count(EtcdMetric.WATCH_STREAMS),
            scrapes.count(EtcdMetric.SLOW_WATCHERS)),
        GrpcFigures.derive(scrapes),
        new MemberMetrics.Process(
            scrapes.count(EtcdMetric.RESIDENT_MEMORY),
            scrapes.value(EtcdMetric.CPU_SECONDS),
            scrapes.rate(EtcdMetric.CPU_SECONDS),
            scrapes.count(EtcdMetric.OPEN_FDS),
            scrapes.count(EtcdMetric.MAX_FDS),
            scrapes.count(EtcdMetric.OS_FD_USED),
            scrapes.count(EtcdMetric.OS_FD_LIMIT)),
        PeerFigures.derive(scrapes));
  }

  private static MemberMetrics.Raft raft(ScrapeWindow scrapes) {
    return new MemberMetrics.Raft(
        scrapes.count(EtcdMetric.PROPOSALS_COMMITTED),
        scrapes.rate(EtcdMetric.PROPOSALS_COMMITTED),
        scrapes.count(EtcdMetric.PROPOSALS_APPLIED),
        scrapes.rate(EtcdMetric.PROPOSALS_APPLIED),
        scrapes.count(EtcdMetric.PROPOSALS_PENDING),
        scrapes.count(EtcdMetric.PROPOSALS_FAILED),
        scrapes.rate(EtcdMetric.PROPOSALS_FAILED),
        scrapes.count(EtcdMetric.LEADER_CHANGES_SEEN),
        scrapes.countIncrease(EtcdMetric.LEADER_CHANGES_SEEN),
        scrapes.flag(EtcdMetric.HAS_LEADER),
        scrapes.flag(EtcdMetric.IS_LEADER),
        scrapes.flag(EtcdMetric.IS_LEARNER),
        scrapes.count(EtcdMetric.SLOW_APPLIES),
        scrapes.countIncrease(EtcdMetric.SLOW_APPLIES),
        scrapes.count(EtcdMetric.HEARTBEAT_SEND_FAILURES),
        scrapes.countIncrease(EtcdMetric.HEARTBEAT_SEND_FAILURES),
        scrapes.count(EtcdMetric.SLOW_READ_INDEXES),
        scrapes.countIncrease(EtcdMetric.SLOW_READ_INDEXES));
  }

  private static MemberMetrics.Disk disk(ScrapeWindow scrapes) {
    Histogram fsyncs = windowed(scrapes, EtcdMetric.WAL_FSYNC_DURATION);
    Histogram commits = windowed(scrapes, EtcdMetric.BACKEND_COMMIT_DURATION);
    return new MemberMetrics.Disk(
        fsyncs == null ? null : HistogramWindow.quantile(0.50, fsyncs),
        fsyncs == null ? null : HistogramWindow.quantile(0.99, fsyncs),
        fsyncs == null ? null : HistogramWindow.observations(fsyncs),
        commits == null ? null : HistogramWindow.quantile(0.50, commits),
        commits == null ? null : HistogramWindow.quantile(0.99, commits),
        commits == null ? null : HistogramWindow.observations(commits));
  }

  /** The observations of an unlabelled histogram in the window; null unless both scrapes have it. */
  private static Histogram windowed(ScrapeWindow scrapes, EtcdMetric metric) {
    if (!scrapes.hasPrevious()) {
      return null;
    }
    Histogram before = single(scrapes.previous(), metric);
    Histogram now = single(scrapes.current(), metric);
    return before == null || now == null ? null : HistogramWindow.increase(before, now);
  }

  private static Histogram single(ParsedMetrics metrics, EtcdMetric metric) {
    Optional<MetricFamily> family = metric.find(metrics);
    return family.isPresent() && family.get().histograms().size() == 1 ? family.get().histograms().get(0) : null;
  }

  private static String serverVersion(ParsedMetrics metrics) {
    return EtcdMetric.SERVER_VERSION.find(metrics)
        .flatMap(family -> family.samples().stream()
            .map(sample -> sample.labels().get("server_version"))
            .filter(version -> version != null && !version.isEmpty())
            .findFirst())
        .orElse(null);
  }
}
