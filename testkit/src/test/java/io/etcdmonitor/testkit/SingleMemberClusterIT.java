package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(60)
class SingleMemberClusterIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

  @RegisterExtension
  static final EtcdClusterExtension tuned = EtcdClusterExtension.builder()
      .quotaBackendBytes(1 << 20)
      .extraArgs("--enable-v2=true")
      .build();

  @Test
  void memberIsHealthyOnItsMetricsAndClientUrls() throws Exception {
    EtcdMember member = etcd.member(0);

    HttpResponse<String> health = Http.get(member.metricsUrl().resolve("/health"), Duration.ofSeconds(2));

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"health\":\"true\"");
    assertThat(Http.reportsHealthy(member.clientUrl())).isTrue();
    assertThat(etcd.size()).isEqualTo(1);
    assertThat(etcd.clientEndpoints()).containsExactly("http://127.0.0.1:" + member.clientUrl().getPort());
    assertThat(etcd.endpointsCsv()).isEqualTo(etcd.clientEndpoints().get(0));
  }

  @Test
  void metricsUrlServesPrometheusText() throws Exception {
    HttpResponse<String> metrics = Http.get(etcd.member(0).metricsUrl().resolve("/metrics"), Duration.ofSeconds(2));

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("etcd_server_has_leader 1");
  }

  @Test
  void memberWritesItsDataAndLogIntoItsOwnDirectory() throws Exception {
    EtcdMember member = etcd.member(0);

    assertThat(member.dataDir().resolve("member/wal")).isDirectory();
    assertThat(Files.readString(member.logFile())).contains("etcdmain: etcd Version: 3.");
    assertThat(member.isRunning()).isTrue();
    assertThat(ProcessHandle.of(member.pid())).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
  }

  @Test
  void quotaAndExtraArgumentsReachEtcd() throws Exception {
    String metrics = Http.get(tuned.member(0).metricsUrl().resolve("/metrics"), Duration.ofSeconds(2)).body();
    int v2WithExtraArg = Http.get(tuned.member(0).clientUrl().resolve("/v2/keys"), Duration.ofSeconds(2)).statusCode();
    int v2ByDefault = Http.get(etcd.member(0).clientUrl().resolve("/v2/keys"), Duration.ofSeconds(2)).statusCode();

    assertThat(metrics).contains("etcd_server_quota_backend_bytes 1.048576e+06");
    assertThat(v2WithExtraArg).isEqualTo(200);
    assertThat(v2ByDefault).isEqualTo(404);
  }

  @Test
  void plainClusterHasNoTlsMaterial() {
    assertThatThrownBy(etcd::tls).isInstanceOf(IllegalStateException.class).hasMessageContaining("without TLS");
  }
}
