package io.etcdmonitor.agent.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys as openssl and cfssl write them must load, since users hand us the files their etcdctl uses. */
class PemTest {
  @TempDir
  Path dir;

  private Path openssl(String file, String... args) throws Exception {
    Path out = dir.resolve(file);
    List<String> command = new java.util.ArrayList<>(List.of("openssl"));
    for (String arg : args) {
      command.add(arg.equals("OUT") ? out.toString() : arg);
    }
    if (!List.of(args).contains("OUT")) {
      command.addAll(List.of("-out", out.toString()));
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "PKCS#1 RSA, RSA PRIVATE KEY, genrsa -traditional -out OUT 2048",
      "SEC1 EC, EC PRIVATE KEY, ecparam -name prime256v1 -genkey -noout",
      "PKCS#8 EC, PRIVATE KEY, genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256"
  })
  void readsEveryCommonKeyForm(String form, String pemType, String command) throws Exception {
    Path key = openssl("key.pem", command.split(" "));

    assertThat(Files.readString(key)).contains("BEGIN " + pemType);
    assertThat(Pem.privateKey(key).getAlgorithm()).isIn("RSA", "EC");
  }

  @Test
  void anEncryptedKeyGetsAClearMessage() throws Exception {
    Path key = openssl("enc.pem", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
        "-aes256", "-pass", "pass:secret");

    assertThatThrownBy(() -> Pem.privateKey(key)).hasMessageContaining("encrypted private key; decrypt it first");
  }

  @Test
  void aFileWithoutKeyOrCertificateSaysSo() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not pem at all");

    assertThatThrownBy(() -> Pem.privateKey(junk)).hasMessageEndingWith("holds no PEM private key");
    assertThatThrownBy(() -> Pem.certificates(junk)).hasMessageContaining("certificate");
  }
}
