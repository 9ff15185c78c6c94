package io.etcdmonitor.agent.etcd;

import io.etcdmonitor.config.TlsSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM files etcd deployments use: certificate bundles, and private keys in PKCS#8, PKCS#1 (RSA, as
 * openssl and cfssl write them) or SEC1 (EC) form, so the same files that work with etcdctl work here.
 */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");
  private static final byte[] RSA_OID = {0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
      0x01, 0x01};
  private static final byte[] EC_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

  private Pem() {}

  /** Every certificate in a PEM file, in order. */
  public static List<X509Certificate> certificates(Path file) {
    try (var in = Files.newInputStream(file)) {
      List<X509Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(X509Certificate.class::cast).toList();
      if (certs.isEmpty()) {
        throw new IllegalArgumentException(file + " holds no PEM certificate");
      }
      return certs;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(file + " is not a PEM certificate file: " + e.getMessage(), e);
    }
  }

  /** The private key in a PEM file. */
  public static PrivateKey privateKey(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      String type = m.group(1);
      byte[] der = Base64.getMimeDecoder().decode(m.group(2));
      switch (type) {
        case "PRIVATE KEY":
          return pkcs8(der, file);
        case "RSA PRIVATE KEY":
          return pkcs8(wrap(RSA_OID, new byte[] {0x05, 0x00}, der), file);
        case "EC PRIVATE KEY":
          return pkcs8(wrap(EC_OID, curveOf(der, file), der), file);
        case "ENCRYPTED PRIVATE KEY":
          throw new IllegalArgumentException(file + " holds an encrypted private key; decrypt it first");
        default:
          break;
      }
    }
    throw new IllegalArgumentException(file + " holds no PEM private key");
  }

  /** A JDK SSL context for HTTPS clients built from the TLS settings. */
  public static javax.net.ssl.SSLContext sslContext(TlsSettings tls) {
    try {
      javax.net.ssl.KeyManager[] keyManagers = null;
      if (tls.certFile() != null && tls.keyFile() != null) {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] password = new char[0];
        keys.setKeyEntry("client", privateKey(tls.keyFile()), password,
            certificates(tls.certFile()).toArray(X509Certificate[]::new));
        var kmf = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        keyManagers = kmf.getKeyManagers();
      }
      javax.net.ssl.TrustManager[] trustManagers = null;
      if (tls.insecureSkipVerify()) {
        trustManagers = new javax.net.ssl.TrustManager[] {TrustAll.INSTANCE};
      } else if (tls.caFile() != null) {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        int i = 0;
        for (X509Certificate ca : certificates(tls.caFile())) {
          trust.setCertificateEntry("ca-" + i++, ca);
        }
        var tmf = javax.net.ssl.TrustManagerFactory.getInstance(
            javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        trustManagers = tmf.getTrustManagers();
      }
      javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
      context.init(keyManagers, trustManagers, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static PrivateKey pkcs8(byte[] der, Path file) {
    for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new IllegalArgumentException(file + " holds a private key this JVM cannot read (not RSA, EC or Ed25519)");
  }

  /** The [0] curve OID of a SEC1 ECPrivateKey. */
  private static byte[] curveOf(byte[] sec1, Path file) {
    Der seq = Der.read(sec1, 0);
    int at = seq.contentStart;
    while (at < seq.end) {
      Der element = Der.read(sec1, at);
      if ((element.tag & 0xff) == 0xa0) {
        Der oid = Der.read(sec1, element.contentStart);
        return java.util.Arrays.copyOfRange(sec1, oid.start, oid.end);
      }
      at = element.end;
    }
    throw new IllegalArgumentException(file + " holds an EC key without its curve; write it as PKCS#8");
  }

  /** PKCS#8 PrivateKeyInfo around a PKCS#1 or SEC1 key. */
  private static byte[] wrap(byte[] algorithmOid, byte[] parameters, byte[] key) {
    byte[] algorithm = Der.encode(0x30, concat(algorithmOid, parameters));
    return Der.encode(0x30, concat(new byte[] {0x02, 0x01, 0x00}, algorithm, Der.encode(0x04, key)));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** One DER element's boundaries. */
  private record Der(int tag, int start, int contentStart, int end) {
    static Der read(byte[] data, int at) {
      if (at + 2 > data.length) {
        throw new IllegalArgumentException("truncated key");
      }
      int tag = data[at];
      int length = data[at + 1] & 0xff;
      int content = at + 2;
      if (length > 0x80) {
        int n = length & 0x7f;
        length = 0;
        for (int i = 0; i < n; i++) {
          length = (length << 8) | (data[content + i] & 0xff);
        }
        content += n;
      }
      if (content + length > data.length) {
        throw new IllegalArgumentException("truncated key");
      }
      return new Der(tag, at, content, content + length);
    }

    static byte[] encode(int tag, byte[] content) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(tag);
      int n = content.length;
      if (n < 0x80) {
        out.write(n);
      } else {
        byte[] len = java.math.BigInteger.valueOf(n).toByteArray();
        int skip = len[0] == 0 ? 1 : 0;
        out.write(0x80 | (len.length - skip));
        out.write(len, skip, len.length - skip);
      }
      out.writeBytes(content);
      return out.toByteArray();
    }
  }

  /** Trusts every server certificate and skips host name checks: {@code insecure_skip_verify}. */
  private static final class TrustAll extends javax.net.ssl.X509ExtendedTrustManager {
    static final TrustAll INSTANCE = new TrustAll();

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
