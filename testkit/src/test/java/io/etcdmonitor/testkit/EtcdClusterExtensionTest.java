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
  }

  @Test
  void usingTheClusterOutsideItsLifecycleExplainsHowToRegisterIt() {
    EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

    assertThatThrownBy(etcd::clientEndpoints)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@RegisterExtension");
  }
}
