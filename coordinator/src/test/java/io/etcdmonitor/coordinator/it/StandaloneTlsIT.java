package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdTls;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TLS to etcd with client-certificate auth: what works, and what a misconfiguration looks like. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StandaloneTlsIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).tls(true).build();

  private static String firstEndpointWithoutScheme() {
    String url = etcd.member(0).clientUrl().toString();
    return url.substring(url.indexOf("://") + 3);
  }

  @Test
  void caAndClientCertificateGiveAHealthyCluster() throws Exception {
    EtcdTls tls = etcd.tls();
    try (RunningMonitor monitor = RunningMonitor.start(
        "endpoints", firstEndpointWithoutScheme(),
        "cacert", tls.caFile().toString(),
        "cert", tls.clientCertFile().toString(),
        "key", tls.clientKeyFile().toString(),
        "metrics-interval", "1s")) {
      HttpJson api = monitor.api();

      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
        JsonNode status = api.json("/api/v1/cluster/status");
        assertThat(status.get("healthy").asBoolean()).isTrue();
        assertThat(status.get("healthyMembers").asInt()).isEqualTo(3);
        for (JsonNode m : status.get("members")) {
          assertThat(m.get("clientUrls").get(0).asText()).startsWith("https://");
        }
      });
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        for (JsonNode m : api.json("/api/v1/metrics/current").get("members")) {
          assertThat(m.get("metricsError").isNull()).as("scraped /metrics over https: " + m).isTrue();
          assertThat(m.get("scrapedAt").isNull()).isFalse();
        }
      });
    }
  }

  @Test
  void insecureSkipVerifyStillPresentsTheClientCertificate() throws Exception {
    EtcdTls tls = etcd.tls();
    try (RunningMonitor monitor = RunningMonitor.start(
        "endpoints", etcd.member(1).clientUrl().toString(),
        "insecure-skip-tls-verify", "true",
        "cert", tls.clientCertFile().toString(),
        "key", tls.clientKeyFile().toString())) {
      HttpJson api = monitor.api();

      await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/health").status() == 200);
    }
  }

  @Test
  void withoutAClientCertificateTheMonitorRunsAndSaysWhyItCannotConnect() throws Exception {
    try (RunningMonitor monitor = RunningMonitor.start(
        "endpoints", firstEndpointWithoutScheme(),
        "cacert", etcd.tls().caFile().toString())) {
      HttpJson api = monitor.api();

      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
        HttpJson.Reply health = api.get("/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("reasons").get(0).asText()).startsWith("no member list yet: ");
      });
    }
  }
}
