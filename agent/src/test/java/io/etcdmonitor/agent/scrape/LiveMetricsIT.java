package io.etcdmonitor.agent.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.metrics.MemberMetricsDeriver;
import io.etcdmonitor.agent.metrics.ParsedMetrics;
import io.etcdmonitor.agent.metrics.PrometheusTextParser;
import io.etcdmonitor.config.TlsSettings;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The parser against /metrics captured live from the etcd this test run started (Debian's 3.4), over plain
 * HTTP and over client-certificate TLS, with gzip as the scraper asks for it.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LiveMetricsIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).tls(true).build();

  @Test
  void aLiveScrapeParsesCleanlyAndYieldsEveryFigureEtcd34Exports() throws Exception {
    EtcdMember member = etcd.member(0);
    HttpMetricsFetcher fetcher = new HttpMetricsFetcher(TlsSettings.NONE, Duration.ofSeconds(2), Duration.ofSeconds(5));

    MetricsFetcher.Page page = fetcher.fetch(member.metricsUrl() + "/metrics").get(10, TimeUnit.SECONDS);
    ParsedMetrics parsed = PrometheusTextParser.parse(page.text());
    MemberMetrics figures = MemberMetricsDeriver.derive(null, parsed, Instant.now(), null);

    assertThat(parsed.malformedLines()).as(parsed.problems().toString()).isZero();
    assertThat(parsed.lines()).isGreaterThan(1000);
    assertThat(page.wireBytes()).as("gzip on the wire").isLessThan(page.text().length() / 4);
    assertThat(figures.serverVersion()).startsWith("3.4.");
    assertThat(figures.raft().proposalsCommittedTotal()).isPositive();
    assertThat(figures.raft().hasLeader()).isTrue();
    assertThat(figures.storage().dbTotalSizeBytes()).isPositive();
    assertThat(figures.storage().quotaBytes()).isPositive();
    assertThat(figures.watches().watchers()).isNotNull();
    assertThat(figures.grpc().startedTotal()).isNotNull();
    assertThat(figures.process().residentMemoryBytes()).isPositive();
    assertThat(figures.peers()).hasSize(2);
  }

  @Test
  void theClientUrlServesMetricsOverTlsWithTheClientCertificate() throws Exception {
    TlsSettings tls = new TlsSettings(etcd.tls().clientCertFile(), etcd.tls().clientKeyFile(), etcd.tls().caFile(),
        false);
    HttpMetricsFetcher fetcher = new HttpMetricsFetcher(tls, Duration.ofSeconds(2), Duration.ofSeconds(5));

    MetricsFetcher.Page page = fetcher.fetch(etcd.member(1).clientUrl() + "/metrics").get(10, TimeUnit.SECONDS);

    assertThat(PrometheusTextParser.parse(page.text()).family("etcd_server_has_leader")).isPresent();
  }
}
