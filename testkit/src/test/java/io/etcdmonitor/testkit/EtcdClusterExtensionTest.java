package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EtcdClusterExtensionTest {

  @Test
  void rejectsImpossibleShapesBeforeStartingAnything() {
    assertThatThrownBy(() -> EtcdClusterExtension.builder().members(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members must be >= 1, was 0");
    assertThatThrownBy(() -> EtcdClusterExtension.builder().quotaBackendBytes(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotaBackendBytes");
    assertThatThrownBy(() -> EtcdClusterExtension.builder().startTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startTimeout");
    assertThatThrownBy(() -> EtcdClusterExtension.builder().members(3).runMemberAs(3, UnixUser.NOBODY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member 3 to run as another user");
    assertThatThrownBy(() -> EtcdClusterExtension.builder().tls(true).runMemberAs(0, UnixUser.NOBODY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain clusters only");
    assertThatThrownBy(() -> new UnixUser(0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-root");
  }

  @Test
  void usingTheClusterOutsideItsLifecycleExplainsHowToRegisterIt() {
    EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

    assertThatThrownBy(etcd::clientEndpoints)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@RegisterExtension");
  }
}
