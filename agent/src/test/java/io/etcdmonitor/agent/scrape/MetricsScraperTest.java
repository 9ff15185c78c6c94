package io.etcdmonitor.agent.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.MetricsReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MetricsScraperTest {
  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private static String fixture(String name) {
    try (InputStream in = MetricsScraperTest.class.getResourceAsStream("/metrics/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void secondScrapeCarriesWindowedFiguresFromTheFirst() {
    List<String> pages = List.of(fixture("etcd-3.4.23-single.txt"), fixture("etcd-3.4.23-single-later.txt"));
    AtomicInteger n = new AtomicInteger();
    MetricsFetcher fetcher = url -> CompletableFuture.completedFuture(
        new MetricsFetcher.Page(pages.get(Math.min(n.getAndIncrement(), 1)), 10_000));
    TestProbe<AgentReport> reports = testKit.createTestProbe();

    testKit.spawn(MetricsScraper.create(FakeEtcd.member(7, "m7", 2379),
        new MetricsScraper.Settings("v", Duration.ofMillis(100), Map.of(), Map.of()), fetcher, reports.getRef(),
        Clock.systemUTC()));

    MetricsReport first = reports.expectMessageClass(MetricsReport.class);
    MetricsReport second = reports.expectMessageClass(MetricsReport.class);
    assertThat(first.url()).isEqualTo("http://127.0.0.1:2379/metrics");
    assertThat(first.bytes()).isEqualTo(10_000);
    assertThat(first.metrics().window()).as("no window before a second scrape").isNull();
    assertThat(first.metrics().storage().dbTotalSizeBytes()).isPositive();
    assertThat(second.metrics().window()).isPositive();
    assertThat(second.metrics().raft().proposalsCommittedTotal())
        .isGreaterThan(first.metrics().raft().proposalsCommittedTotal());
  }

  @Test
  void aFailedScrapeIsReportedWithItsReason() {
    MetricsFetcher fetcher = url -> CompletableFuture.failedFuture(new ConnectException("Connection refused"));
    TestProbe<AgentReport> reports = testKit.createTestProbe();

    testKit.spawn(MetricsScraper.create(FakeEtcd.member(8, "m8", 2379),
        new MetricsScraper.Settings("v", Duration.ofMillis(100), Map.of("m8", "http://127.0.0.1:2381/metrics"),
            Map.of()),
        fetcher, reports.getRef(), Clock.systemUTC()));

    MetricsReport report = reports.expectMessageClass(MetricsReport.class);
    assertThat(report.metrics()).isNull();
    assertThat(report.error()).isEqualTo("Connection refused");
    assertThat(report.url()).isEqualTo("http://127.0.0.1:2381/metrics");
  }

  @Test
  void scrapesUnderTheConfiguredClientUrlUnlessAMetricsUrlIsConfigured() {
    MetricsScraper.Settings settings = new MetricsScraper.Settings("v", Duration.ofMillis(100),
        Map.of("m2", "http://127.0.0.1:2381/metrics"),
        Map.of("m1", "http://127.0.0.1:40001", "m2", "http://127.0.0.1:40002"));

    assertThat(MetricsScraper.metricsUrl(FakeEtcd.member(1, "m1", 2379), settings))
        .isEqualTo("http://127.0.0.1:40001/metrics");
    assertThat(MetricsScraper.metricsUrl(FakeEtcd.member(2, "m2", 2379), settings))
        .isEqualTo("http://127.0.0.1:2381/metrics");
    assertThat(MetricsScraper.metricsUrl(FakeEtcd.member(3, "m3", 2379), settings))
        .isEqualTo("http://127.0.0.1:2379/metrics");
  }
}
