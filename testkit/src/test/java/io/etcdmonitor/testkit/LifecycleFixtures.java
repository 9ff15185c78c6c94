package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test classes that {@link ExtensionLifecycleIT} runs through the JUnit engine to watch the extension's lifecycle from
 * outside. Their names match neither *Test nor *IT, so the build never runs them directly.
 */
final class LifecycleFixtures {
  /** What a fixture test saw: its cluster's directory, members and their process ids. */
  record Sighting(String test, Path directory, List<EtcdMember> members, List<Long> pids) {}

  static final List<Sighting> SIGHTINGS = new CopyOnWriteArrayList<>();

  private LifecycleFixtures() {}

  static void record(String test, EtcdClusterExtension etcd) {
    List<EtcdMember> members = etcd.members();
    SIGHTINGS.add(new Sighting(test, etcd.running().directory(), members,
        members.stream().map(EtcdMember::pid).toList()));
  }

  static class PerClass {
    @RegisterExtension
    static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

    @Test
    void passes() {
      record("passes", etcd);
    }

    @Test
    void fails() {
      record("fails", etcd);
      assertThat(etcd.size()).isEqualTo(42);
    }

    @Nested
    class Inner {
      @Test
      void sharesTheOuterCluster() {
        record("nested", etcd);
      }
    }
  }

  static class PerTest {
    @RegisterExtension
    final EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

    @Test
    void first() {
      record("first", etcd);
    }

    @Test
    void second() {
      record("second", etcd);
    }
  }
}
