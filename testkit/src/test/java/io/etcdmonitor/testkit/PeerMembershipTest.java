package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PeerMembershipTest {
  /** What etcd 3.4.23's peer /members answered right after {@code etcdctl member add etcd1}. */
  private static final String AFTER_MEMBER_ADD =
      "[{\"id\":11644414875917369714,\"peerURLs\":[\"http://127.0.0.1:23802\"]},"
      + "{\"id\":17304762275429071487,\"peerURLs\":[\"http://127.0.0.1:23801\"],\"name\":\"etcd0\","
      + "\"clientURLs\":[\"http://127.0.0.1:23791\"]}]";

  @Test
  void joiningMemberIsNamedAndTheOthersKeepTheirNames() {
    URI joining = URI.create("http://127.0.0.1:23802");

    String initialCluster = PeerMembership.initialCluster(AFTER_MEMBER_ADD, "etcd1", joining);

    assertThat(initialCluster).isEqualTo("etcd1=http://127.0.0.1:23802,etcd0=http://127.0.0.1:23801");
  }

  @Test
  void missingMemberAddIsExplained() {
    assertThatThrownBy(() -> PeerMembership.initialCluster(AFTER_MEMBER_ADD, "etcd2",
        URI.create("http://127.0.0.1:23803")))
        .isInstanceOf(EtcdClusterException.class)
        .hasMessageContaining("no member with peer URL http://127.0.0.1:23803")
        .hasMessageContaining("call MemberAdd");
  }
}
