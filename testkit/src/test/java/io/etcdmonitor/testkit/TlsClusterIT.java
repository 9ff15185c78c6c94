package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(60)
class TlsClusterIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).tls(true).build();

  @Test
  void clientsConnectOverHttpsWithTheGeneratedClientCertificate() throws Exception {
    assertThat(etcd.clientEndpoints()).hasSize(3).allMatch(url -> url.startsWith("https://127.0.0.1:"));

    for (EtcdMember member : etcd.members()) {
      HttpResponse<String> health = Http.get(member.clientUrl().resolve("/health"), etcd.tls().sslContext());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"health\":\"true\"");
    }
  }

  @Test
  void clientWithoutCertificateIsRefused() throws Exception {
    SSLContext trustOnly = trustingOnly(etcd.tls().caFile());

    assertThatThrownBy(() -> Http.get(etcd.member(0).clientUrl().resolve("/health"), trustOnly))
        .isInstanceOf(IOException.class);
  }

  @Test
  void metricsUrlStaysPlainHttp() {
    assertThat(etcd.members()).allSatisfy(m -> {
      assertThat(m.metricsUrl().getScheme()).isEqualTo("http");
      assertThat(Http.reportsHealthy(m.metricsUrl())).isTrue();
    });
  }

  @Test
  void pemFilesWorkForEtcdctl() throws Exception {
    EtcdTls tls = etcd.tls();

    String output = Etcdctl.run("--endpoints=" + etcd.endpointsCsv(), "--cacert=" + tls.caFile(),
        "--cert=" + tls.clientCertFile(), "--key=" + tls.clientKeyFile(), "endpoint", "status");

    assertThat(output.lines().filter(line -> line.startsWith("https://127.0.0.1:"))).hasSize(3);
  }

  @Test
  void serverCertificateNamesLoopback() throws Exception {
    X509Certificate server = certificate(etcd.tls().serverCertFile());

    assertThat(server.getSubjectAlternativeNames())
        .contains(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
    assertThat(Files.readString(etcd.tls().clientKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
  }

  private static SSLContext trustingOnly(Path caFile) throws IOException, GeneralSecurityException {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", certificate(caFile));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static X509Certificate certificate(Path file) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }
}
