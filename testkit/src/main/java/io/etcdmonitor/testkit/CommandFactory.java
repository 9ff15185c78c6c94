package io.etcdmonitor.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a cluster's settings and one member's address into etcd's command line, in one place. */
final class CommandFactory {
  private final Path binary;
  private final ClusterSpec spec;
  private final String token;
  private final EtcdTls tls;

  CommandFactory(Path binary, ClusterSpec spec, String token, EtcdTls tls) {
    if (spec.tls() != (tls != null)) {
      throw new IllegalArgumentException("TLS material must be given exactly when the spec asks for TLS");
    }
    this.binary = binary;
    this.spec = spec;
    this.token = token;
    this.tls = tls;
  }

  static String initialCluster(Collection<MemberAddress> members) {
    return members.stream().map(m -> m.name() + "=" + m.peerUrl()).collect(Collectors.joining(","));
  }

  List<String> command(MemberAddress member, Path dataDir, String initialCluster, boolean joinExisting) {
    String clientUrl = member.clientUrl().toString();
    String peerUrl = member.peerUrl().toString();
    List<String> command = new ArrayList<>(List.of(
        binary.toString(),
        "--name=" + member.name(),
        "--data-dir=" + dataDir,
        "--listen-client-urls=" + clientUrl,
        "--advertise-client-urls=" + clientUrl,
        "--listen-peer-urls=" + peerUrl,
        "--initial-advertise-peer-urls=" + peerUrl,
        "--listen-metrics-urls=" + member.metricsUrl(),
        "--initial-cluster=" + initialCluster,
        "--initial-cluster-token=" + token,
        "--initial-cluster-state=" + (joinExisting ? "existing" : "new")));
    if (tls != null) {
      command.addAll(List.of(
          "--client-cert-auth",
          "--trusted-ca-file=" + tls.caFile(),
          "--cert-file=" + tls.serverCertFile(),
          "--key-file=" + tls.serverKeyFile()));
    }
    if (spec.quotaBackendBytes() > 0) {
      command.add("--quota-backend-bytes=" + spec.quotaBackendBytes());
    }
    command.addAll(spec.extraArgs());
    return List.copyOf(command);
  }
}
