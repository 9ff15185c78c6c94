package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The throwaway PKI of a TLS test cluster, as PEM files for etcdctl-style settings ({@code --cacert --cert --key})
 * and as an {@link SSLContext} for JDK clients. Keys are EC P-256 in PKCS#8 PEM, which Netty (jetcd) reads as is.
 */
public final class EtcdTls {
  private final Path caFile;
  private final Path serverCertFile;
  private final Path serverKeyFile;
  private final Path clientCertFile;
  private final Path clientKeyFile;

  EtcdTls(Path dir) {
    this.caFile = dir.resolve("ca.crt");
    this.serverCertFile = dir.resolve("server.crt");
    this.serverKeyFile = dir.resolve("server.key");
    this.clientCertFile = dir.resolve("client.crt");
    this.clientKeyFile = dir.resolve("client.key");
  }

  /** The CA certificate that signed the server and client certificates. */
  public Path caFile() {
    return caFile;
  }

  /** The client certificate etcd accepts ({@code --client-cert-auth}). */
  public Path clientCertFile() {
    return clientCertFile;
  }

  /** The client certificate's private key. */
  public Path clientKeyFile() {
    return clientKeyFile;
  }

  /** The server certificate every member presents (SAN: IP 127.0.0.1, DNS localhost). */
  public Path serverCertFile() {
    return serverCertFile;
  }

  /** The server certificate's private key. */
  public Path serverKeyFile() {
    return serverKeyFile;
  }

  /** A fresh context that trusts the CA and presents the client certificate. */
  public SSLContext sslContext() {
    try {
      char[] password = randomPassword();
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      Certificate[] chain = {readCertificate(clientCertFile)};
      keys.setKeyEntry("client", readPrivateKey(clientKeyFile), password, chain);
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, password);

      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("ca", readCertificate(caFile));
      TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trusted);

      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), new SecureRandom());
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build an SSLContext from " + clientCertFile + " and " + caFile, e);
    }
  }

  @Override
  public String toString() {
    return "EtcdTls[ca=" + caFile + ", clientCert=" + clientCertFile + "]";
  }

  private static Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
    String pem = Files.readString(file, StandardCharsets.US_ASCII);
    String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
        .replace("-----END PRIVATE KEY-----", "")
        .replaceAll("\\s", "");
    return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  private static char[] randomPassword() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes).toCharArray();
  }
}
