package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandFactoryTest {
  private static final Path BINARY = Path.of("/usr/bin/etcd");
  private static final Path DATA = Path.of("/tmp/c/etcd0/data");
  private static final MemberAddress PLAIN = new MemberAddress("etcd0", 1001, 1002, 1003, false);
  private static final MemberAddress SECURE = new MemberAddress("etcd0", 1001, 1002, 1003, true);

  @Test
  void plainMemberListensOnLoopbackWithASeparateMetricsPort() {
    List<String> command = factory(spec(false, 0, List.of()), null)
        .command(PLAIN, DATA, "etcd0=http://127.0.0.1:1002", false);

    assertThat(command).containsExactly(
        "/usr/bin/etcd",
        "--name=etcd0",
        "--data-dir=/tmp/c/etcd0/data",
        "--listen-client-urls=http://127.0.0.1:1001",
        "--advertise-client-urls=http://127.0.0.1:1001",
        "--listen-peer-urls=http://127.0.0.1:1002",
        "--initial-advertise-peer-urls=http://127.0.0.1:1002",
        "--listen-metrics-urls=http://127.0.0.1:1003",
        "--initial-cluster=etcd0=http://127.0.0.1:1002",
        "--initial-cluster-token=token-1",
        "--initial-cluster-state=new");
  }

  @Test
  void tlsMemberServesHttpsToClientsWithClientCertificateAuth() {
    EtcdTls tls = new EtcdTls(Path.of("/tmp/c/tls"));

    List<String> command = factory(spec(true, 0, List.of()), tls).command(SECURE, DATA, "x", false);

    assertThat(command).contains("--listen-client-urls=https://127.0.0.1:1001",
        "--advertise-client-urls=https://127.0.0.1:1001", "--listen-peer-urls=http://127.0.0.1:1002",
        "--listen-metrics-urls=http://127.0.0.1:1003", "--client-cert-auth",
        "--trusted-ca-file=/tmp/c/tls/ca.crt", "--cert-file=/tmp/c/tls/server.crt",
        "--key-file=/tmp/c/tls/server.key");
  }

  @Test
  void quotaIsPassedAndExtraArgumentsComeLastSoTheyOverride() {
    List<String> command = factory(spec(false, 1 << 20, List.of("--snapshot-count=10", "--name=other")), null)
        .command(PLAIN, DATA, "x", true);

    assertThat(command).contains("--initial-cluster-state=existing", "--quota-backend-bytes=1048576");
    assertThat(command.subList(command.size() - 2, command.size()))
        .containsExactly("--snapshot-count=10", "--name=other");
  }

  @Test
  void initialClusterNamesEveryPeer() {
    MemberAddress second = new MemberAddress("etcd1", 2001, 2002, 2003, false);

    assertThat(CommandFactory.initialCluster(List.of(PLAIN, second)))
        .isEqualTo("etcd0=http://127.0.0.1:1002,etcd1=http://127.0.0.1:2002");
  }

  private static CommandFactory factory(ClusterSpec spec, EtcdTls tls) {
    return new CommandFactory(BINARY, spec, "token-1", tls);
  }

  private static ClusterSpec spec(boolean tls, long quota, List<String> extraArgs) {
    return new ClusterSpec(1, tls, quota, extraArgs, Duration.ofSeconds(30), Map.of());
  }
}
