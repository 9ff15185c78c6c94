package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.etcdmonitor.testkit.LifecycleFixtures.Sighting;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

@Timeout(60)
class ExtensionLifecycleIT {

  @BeforeEach
  void forgetEarlierSightings() {
    LifecycleFixtures.SIGHTINGS.clear();
  }

  @Test
  void staticFieldSharesOneClusterPerClassAndCleansUpAfterAFailingTest() {
    run(LifecycleFixtures.PerClass.class).assertStatistics(stats -> stats.succeeded(2).failed(1));

    List<Sighting> sightings = LifecycleFixtures.SIGHTINGS;
    assertThat(sightings).extracting(Sighting::test).containsExactlyInAnyOrder("passes", "fails", "nested");
    assertThat(sightings).extracting(Sighting::directory).containsOnly(sightings.get(0).directory());
    assertGone(sightings);
  }

  @Test
  void instanceFieldStartsAFreshClusterForEachTest() {
    run(LifecycleFixtures.PerTest.class).assertStatistics(stats -> stats.succeeded(2).failed(0));

    List<Sighting> sightings = LifecycleFixtures.SIGHTINGS;
    assertThat(sightings).hasSize(2);
    assertThat(sightings).extracting(Sighting::directory).doesNotHaveDuplicates();
    assertGone(sightings);
    assertThatThrownBy(() -> sightings.get(0).members().get(0).restart())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("belongs to a cluster that has been shut down");
  }

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
  }

  private static void assertGone(List<Sighting> sightings) {
    for (Sighting sighting : sightings) {
      assertThat(sighting.directory()).doesNotExist();
      assertThat(sighting.pids()).isNotEmpty().allSatisfy(
          pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
    }
  }
}
