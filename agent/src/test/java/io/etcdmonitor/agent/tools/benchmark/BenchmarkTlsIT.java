package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.config.EtcdSettings;
import io.etcdmonitor.config.TlsSettings;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdTls;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The benchmark over TLS with a client certificate, as etcdctl's --cacert/--cert/--key would connect. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BenchmarkTlsIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(1).tls(true).build();

  @Test
  void aClientCertificateRunSucceeds() {
    EtcdTls tls = etcd.tls();
    EtcdSettings settings = new EtcdSettings(etcd.clientEndpoints(), Duration.ofSeconds(5),
        new TlsSettings(tls.clientCertFile(), tls.clientKeyFile(), tls.caFile(), false));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Benchmark.run(Map.of("type", "mixed", "ops", "300", "key-space", "20", "output", "json"), settings,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"successful\" : 300", "\"status\" : \"deleted\"");
  }

  @Test
  void withoutTheClientCertificateTheRunSaysItCannotReachEtcd() {
    EtcdSettings settings = new EtcdSettings(etcd.clientEndpoints(), Duration.ofSeconds(2),
        new TlsSettings(null, null, etcd.tls().caFile(), false));
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Benchmark.run(Map.of("ops", "10", "request-timeout", "3s"), settings,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("benchmark: cannot reach etcd: UNAVAILABLE");
  }
}
