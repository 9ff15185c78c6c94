package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(60)
class ThreeMemberClusterIT {
  private static final Duration REJOIN = Duration.ofSeconds(20);

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  @Test
  void everyMemberIsHealthyOnItsOwnPorts() {
    List<EtcdMember> members = etcd.members();

    assertThat(members).extracting(EtcdMember::name).containsExactly("etcd0", "etcd1", "etcd2");
    assertThat(members).allSatisfy(m -> assertThat(Http.reportsHealthy(m.metricsUrl())).isTrue());
    assertThat(members.stream().flatMap(m -> List.of(m.clientUrl(), m.peerUrl(), m.metricsUrl()).stream()))
        .extracting(URI::getPort)
        .doesNotHaveDuplicates()
        .hasSize(9);
    assertThat(etcd.endpointsCsv().split(",")).hasSize(3).allMatch(url -> url.startsWith("http://127.0.0.1:"));
  }

  @Test
  void killedMemberLeavesTheOthersHealthyAndRejoinsAfterRestart() {
    EtcdMember victim = etcd.member(2);
    long pid = victim.pid();

    victim.kill9();

    assertThat(victim.isRunning()).isFalse();
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(accepts(victim.clientUrl())).isFalse();
    await().atMost(REJOIN).until(() -> Http.reportsHealthy(etcd.member(0).metricsUrl())
        && Http.reportsHealthy(etcd.member(1).metricsUrl()));

    victim.restart();
    victim.awaitHealthy(REJOIN);

    assertThat(victim.pid()).isNotEqualTo(pid);
    assertThat(Http.reportsHealthy(victim.clientUrl())).isTrue();
    etcd.awaitHealthy(REJOIN);
  }

  @Test
  void pausedMemberStopsAnsweringUntilResumed() {
    EtcdMember sleeper = etcd.member(1);

    sleeper.pause();
    try {
      assertThatThrownBy(() -> Http.get(sleeper.metricsUrl().resolve("/health"), Duration.ofMillis(500)))
          .isInstanceOf(HttpTimeoutException.class);
      assertThat(sleeper.isRunning()).isTrue();
    } finally {
      sleeper.resume();
    }

    await().atMost(REJOIN).until(() -> Http.reportsHealthy(sleeper.metricsUrl()));
  }

  @Test
  void stoppedMemberShutsDownGracefullyAndRestarts() throws IOException {
    EtcdMember member = etcd.member(0);

    member.stop();

    assertThat(member.isRunning()).isFalse();
    assertThat(Files.readString(member.logFile())).contains("received terminated signal");
    member.restart();
    member.awaitHealthy(REJOIN);
    etcd.awaitHealthy(REJOIN);
  }

  private static boolean accepts(URI url) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
