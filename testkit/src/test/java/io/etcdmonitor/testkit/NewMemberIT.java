package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(60)
class NewMemberIT {
  @RegisterExtension
  final EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

  @Test
  void memberAddedWithMemberAddJoinsTheCluster() throws Exception {
    NewMember prepared = etcd.prepareNewMember();
    Etcdctl.run("--endpoints=" + etcd.endpointsCsv(), "member", "add", prepared.name(),
        "--peer-urls=" + prepared.peerUrl());

    EtcdMember joined = etcd.startNewMember(prepared);

    assertThat(etcd.members()).containsExactly(etcd.member(0), joined);
    assertThat(joined.name()).isEqualTo(prepared.name()).isEqualTo("etcd1");
    assertThat(joined.clientUrl()).isEqualTo(prepared.clientUrl());
    assertThat(Http.reportsHealthy(joined.metricsUrl())).isTrue();
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
        Etcdctl.run("--endpoints=" + joined.clientUrl(), "member", "list").lines())
        .hasSize(2)
        .allMatch(line -> line.contains(", started, ")));
    assertThat(etcd.endpointsCsv()).contains(joined.clientUrl().toString());
  }

  @Test
  void startingWithoutMemberAddFailsWithAHint() {
    NewMember prepared = etcd.prepareNewMember();

    assertThatThrownBy(() -> etcd.startNewMember(prepared))
        .isInstanceOf(EtcdClusterException.class)
        .hasMessageContaining("call MemberAdd with that peer URL");
    assertThat(etcd.size()).isEqualTo(1);
  }
}
