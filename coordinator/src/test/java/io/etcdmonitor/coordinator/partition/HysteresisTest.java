package io.etcdmonitor.coordinator.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HysteresisTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private final Hysteresis<String> hysteresis = new Hysteresis<>(3, 3);
  private int tick;

  private Map<String, Instant> observe(String... present) {
    return hysteresis.observe(Set.of(present), T0.plusSeconds(tick++));
  }

  @Test
  void aSingleObservationNeverActivates() {
    List<Map<String, Instant>> seen = new ArrayList<>();
    for (String[] present : List.of(new String[] {"x"}, new String[] {}, new String[] {"x"}, new String[] {},
        new String[] {"x"}, new String[] {"x"}, new String[] {})) {
      seen.add(observe(present));
    }
    assertThat(seen).allSatisfy(active -> assertThat(active).isEmpty());
  }

  @Test
  void activatesOnTheKthConsecutiveObservationWithTheFirstAsSince() {
    assertThat(observe("x")).isEmpty();
    assertThat(observe("x")).isEmpty();
    assertThat(observe("x")).containsExactly(Map.entry("x", T0));
  }

  @Test
  void clearsOnlyAfterKConsecutiveObservationsWithout() {
    observe("x");
    observe("x");
    observe("x");

    assertThat(observe()).containsKey("x");
    assertThat(observe()).containsKey("x");
    assertThat(observe()).isEmpty();
    assertThat(hysteresis.tracks("x")).isFalse();
  }

  @Test
  void reappearingWhileClearingKeepsTheOriginalSinceAndRestartsTheCount() {
    observe("x");
    observe("x");
    observe("x");
    observe();
    observe();

    assertThat(observe("x")).containsExactly(Map.entry("x", T0));
    assertThat(observe()).containsKey("x");
    assertThat(observe()).containsKey("x");
    assertThat(observe()).isEmpty();
  }

  @Test
  void keysAreIndependent() {
    observe("x");
    observe("x", "y");
    assertThat(observe("x", "y")).containsOnlyKeys("x");
    assertThat(observe("y")).containsOnlyKeys("x", "y");
  }

  @Test
  void aHoldKeepsAKeyInactiveUntilItsRunIsOldEnough() {
    Hysteresis<String> held = new Hysteresis<>(2, 2, key -> key.equals("slow") ? Duration.ofSeconds(3)
        : Duration.ZERO);
    List<Set<String>> active = new ArrayList<>();
    for (int i = 0; i <= 3; i++) {
      active.add(held.observe(Set.of("slow", "fast"), T0.plusSeconds(i)).keySet());
    }
    assertThat(active).containsExactly(Set.of(), Set.of("fast"), Set.of("fast"), Set.of("fast", "slow"));
  }

  @Test
  void pendingKeysAreForgottenAsSoonAsTheyLapse() {
    observe("x");
    assertThat(hysteresis.tracks("x")).isTrue();
    observe();
    assertThat(hysteresis.tracks("x")).isFalse();
  }

  @Test
  void oneMeansNoDebouncing() {
    Hysteresis<String> immediate = new Hysteresis<>(1, 1);
    assertThat(immediate.observe(Set.of("x"), T0)).containsOnlyKeys("x");
    assertThat(immediate.observe(Set.of(), T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void rejectsCountsBelowOne() {
    assertThatThrownBy(() -> new Hysteresis<String>(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raiseAfter and clearAfter must be at least 1, got 0 and 3");
  }
}
