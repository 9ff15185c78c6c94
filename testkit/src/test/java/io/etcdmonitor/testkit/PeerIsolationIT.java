package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member run as nobody and cut off from its peers with iptables, as etcd itself sees it: it loses its leader and
 * its peers lose their connections to it, while its client port keeps answering; healing restores both, and no rule
 * outlives its cut, its JVM's exit, or (after a sweep) its JVM's SIGKILL.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerIsolationIT {
  private static final Duration ELECTIONS = Duration.ofSeconds(15);

  @RegisterExtension
  static final EtcdClusterExtension etcd =
      EtcdClusterExtension.builder().members(3).runMemberAs(2, UnixUser.NOBODY).build();

  @Test
  @Order(1)
  void theMemberRunsAsNobodyWithItsOwnDataDirectoryAndJoinsTheCluster() throws IOException {
    EtcdMember nobody = etcd.member(2);

    assertThat(uidOf(nobody.pid())).isEqualTo(65534);
    assertThat(Files.getAttribute(nobody.dataDir(), "unix:uid")).isEqualTo(65534);
    assertThat(uidOf(etcd.member(0).pid())).isEqualTo(0);
    assertThat(EtcdMetrics.scrape(nobody).value("etcd_server_has_leader")).hasValue(1);
  }

  @Test
  @Order(2)
  void anIsolatedMemberLosesItsLeaderAndItsPeersLoseItWhileItsClientPortAnswers() throws Exception {
    EtcdMember isolated = etcd.member(2);
    List<EtcdMember> peers = List.of(etcd.member(0), etcd.member(1));

    Iptables.Cut cut = Iptables.isolateFromPeers(isolated, etcd.members());
    try {
      assertThat(rulesTagged()).hasSize(2);
      await().atMost(ELECTIONS).untilAsserted(() -> {
        assertThat(EtcdMetrics.scrape(isolated).value("etcd_server_has_leader")).hasValue(0);
        assertThat(EtcdMetrics.scrape(isolated).sum("etcd_network_active_peers")).isZero();
        for (EtcdMember peer : peers) {
          assertThat(EtcdMetrics.scrape(peer).sum("etcd_network_active_peers")).as(peer.name()).isEqualTo(1);
          assertThat(EtcdMetrics.scrape(peer).value("etcd_server_has_leader")).hasValue(1);
        }
      });
      assertThat(Http.get(isolated.clientUrl().resolve("/version"), Duration.ofSeconds(2)).statusCode())
          .as("its client port still answers").isEqualTo(200);
    } finally {
      cut.heal();
    }

    assertThat(rulesTagged()).isEmpty();
    await().atMost(ELECTIONS).untilAsserted(() -> {
      assertThat(EtcdMetrics.scrape(isolated).value("etcd_server_has_leader")).hasValue(1);
      for (EtcdMember member : etcd.members()) {
        assertThat(EtcdMetrics.scrape(member).sum("etcd_network_active_peers")).as(member.name()).isEqualTo(2);
      }
    });
  }

  @Test
  @Order(3)
  void aMemberRunningAsTheTestsOwnUserCannotBeCutOff() {
    assertThatThrownBy(() -> Iptables.isolateFromPeers(etcd.member(0), etcd.members()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runMemberAs");
  }

  @Test
  @Order(4)
  void aJvmThatExitsWithoutHealingStillRemovesItsRules() throws Exception {
    Child child = startChild("exit");

    assertThat(child.jvm().waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(rulesOf(child.owner())).isEmpty();
  }

  @Test
  @Order(5)
  void rulesOfAKilledJvmAreSweptAndThoseOfLiveOnesKept() throws Exception {
    Child child = startChild("wait");
    child.jvm().destroyForcibly();
    assertThat(child.jvm().waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(rulesOf(child.owner())).as("a SIGKILLed JVM cannot remove its rules").hasSize(1);
    Iptables.Cut live = Iptables.isolateFromPeers(etcd.member(2), etcd.members());
    try {
      Iptables.sweepStale();

      assertThat(rulesOf(child.owner())).isEmpty();
      assertThat(rulesOf(Owners.current())).as("this JVM's cut survives the sweep").hasSize(2);
    } finally {
      live.heal();
    }
  }

  private record Child(Process jvm, String owner) {}

  private static Child startChild(String mode) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process jvm = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        RuleInChildJvm.class.getName(), mode)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("READY ")) {
        return new Child(jvm, line.substring("READY ".length()));
      }
    }
    jvm.destroyForcibly();
    throw new AssertionError("the child JVM ended without adding its rule");
  }

  private static int uidOf(long pid) throws IOException {
    String uidLine = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
        .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow();
    return Integer.parseInt(uidLine.split("\\s+")[1]);
  }

  /** The OUTPUT rules this JVM tagged. */
  private static List<String> rulesTagged() throws Exception {
    return rulesOf(Owners.current());
  }

  private static List<String> rulesOf(String owner) throws Exception {
    return iptables("-S", "OUTPUT").lines().filter(line -> line.contains(Iptables.TAG_PREFIX + owner + "-"))
        .toList();
  }

  private static String iptables(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("iptables", "-w", "5"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }
}
