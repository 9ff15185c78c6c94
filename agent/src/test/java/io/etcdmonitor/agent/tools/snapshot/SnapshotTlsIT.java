package io.etcdmonitor.agent.tools.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.config.EtcdSettings;
import io.etcdmonitor.config.TlsSettings;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdTls;
import io.etcdmonitor.testkit.Etcdctl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot save} from a member that requires TLS with client certificates, given as --cacert/--cert/--key. */
@Timeout(120)
class SnapshotTlsIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(1).tls(true).build();

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void savesWithClientCertificateAndEtcdctlAgreesOnTheResult() throws Exception {
    EtcdTls tls = etcd.tls();
    Path file = dir.resolve("tls.db");

    int code = save(file, new TlsSettings(tls.clientCertFile(), tls.clientKeyFile(), tls.caFile(), false));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    SnapshotStatusCommand.run(new SnapshotStatusOptions(file, SnapshotStatusOptions.Format.JSON),
        new PrintStream(json, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(json.toString(StandardCharsets.UTF_8))
        .isEqualTo(Etcdctl.run("snapshot", "status", "-w", "json", file.toString()));
  }

  @Test
  void withoutAClientCertificateEtcdRefusesAndNoFileIsLeft() throws Exception {
    Path file = dir.resolve("refused.db");

    int code = save(file, new TlsSettings(null, null, etcd.tls().caFile(), false));

    assertThat(code).isEqualTo(SnapshotExitCode.ETCD_ERROR.code());
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("snapshot save: etcd at https://127.0.0.1:")
        .contains("unavailable");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  private int save(Path file, TlsSettings tls) {
    EtcdSettings settings = new EtcdSettings(List.of(etcd.member(0).clientUrl().toString()), Duration.ofSeconds(5),
        tls);
    return SnapshotSaveCommand.run(new SnapshotSaveOptions(file, false, settings),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
