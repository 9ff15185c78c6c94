package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Creates a throwaway CA plus server and client certificates with openssl, which every Debian box has. */
final class CertificateGenerator {
  private static final String VALIDITY_DAYS = "7";
  private static final long OPENSSL_TIMEOUT_SECONDS = 30;

  private CertificateGenerator() {}

  static EtcdTls generate(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EtcdTls tls = new EtcdTls(dir);
    Path caKey = dir.resolve("ca.key");
    openssl(dir, newKeyAndCert(caKey, tls.caFile(), "etcd-testkit-ca",
        "basicConstraints=critical,CA:TRUE", "keyUsage=critical,keyCertSign,cRLSign"));
    openssl(dir, signedBy(tls.caFile(), caKey, newKeyAndCert(tls.serverKeyFile(), tls.serverCertFile(), "localhost",
        "basicConstraints=critical,CA:FALSE", "keyUsage=critical,digitalSignature",
        "extendedKeyUsage=serverAuth,clientAuth", "subjectAltName=IP:" + MemberAddress.HOST + ",DNS:localhost")));
    openssl(dir, signedBy(tls.caFile(), caKey, newKeyAndCert(tls.clientKeyFile(), tls.clientCertFile(),
        "etcd-testkit-client", "basicConstraints=critical,CA:FALSE", "keyUsage=critical,digitalSignature",
        "extendedKeyUsage=clientAuth")));
    return tls;
  }

  private static List<String> newKeyAndCert(Path key, Path cert, String commonName, String... extensions) {
    List<String> args = new ArrayList<>(List.of("openssl", "req", "-x509", "-newkey", "ec",
        "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key.toString(), "-out", cert.toString(),
        "-days", VALIDITY_DAYS, "-subj", "/CN=" + commonName));
    for (String extension : extensions) {
      args.add("-addext");
      args.add(extension);
    }
    return args;
  }

  private static List<String> signedBy(Path caCert, Path caKey, List<String> args) {
    List<String> signed = new ArrayList<>(args);
    signed.addAll(List.of("-CA", caCert.toString(), "-CAkey", caKey.toString()));
    return signed;
  }

  private static void openssl(Path dir, List<String> args) {
    try {
      Process process = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(OPENSSL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new EtcdClusterException("openssl did not finish within " + OPENSSL_TIMEOUT_SECONDS + " s: " + args);
      }
      if (process.exitValue() != 0) {
        throw new EtcdClusterException("openssl failed (exit " + process.exitValue() + "): " + args + "\n" + output);
      }
    } catch (IOException e) {
      throw new EtcdClusterException("cannot run openssl, which TLS test clusters need: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdClusterException("interrupted while generating certificates", e);
    }
  }
}
