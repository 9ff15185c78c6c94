package io.etcdmonitor.coordinator.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.LeaderChange;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaderTrackerTest {
  private final LeaderTracker tracker = new LeaderTracker();
  private final Instant t0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void firstLeaderSeenIsNotAChangeButEveryNewOneIs() {
    tracker.observe(1, 2, t0);
    tracker.observe(1, 2, t0.plusSeconds(1));
    tracker.observe(0, 3, t0.plusSeconds(2));
    tracker.observe(2, 3, t0.plusSeconds(3));

    assertThat(tracker.history()).containsExactly(new LeaderChange(t0.plusSeconds(3), 1, 2, 3));
  }

  @Test
  void sameLeaderReElectedAfterAGapIsNotAChange() {
    tracker.observe(1, 2, t0);
    tracker.observe(0, 3, t0.plusSeconds(1));
    tracker.observe(1, 4, t0.plusSeconds(2));

    assertThat(tracker.history()).isEmpty();
  }

  @Test
  void staleAnswersFromAnOlderTermDoNotFlipTheLeaderBack() {
    tracker.observe(1, 2, t0);
    tracker.observe(2, 3, t0.plusSeconds(1));
    tracker.observe(1, 2, t0.plusSeconds(2));

    assertThat(tracker.history()).hasSize(1);
  }

  @Test
  void countsOnlyTheLastHour() {
    tracker.observe(1, 1, t0);
    tracker.observe(2, 2, t0.plusSeconds(10));
    tracker.observe(3, 3, t0.plus(Duration.ofMinutes(50)));

    assertThat(tracker.changesInLastHour(t0.plus(Duration.ofMinutes(65)))).isEqualTo(1);
    assertThat(tracker.history()).hasSize(2);
  }

  @Test
  void historyIsBounded() {
    for (int i = 1; i <= LeaderTracker.MAX_HISTORY + 50; i++) {
      tracker.observe(i, i, t0.plusSeconds(i));
    }
    assertThat(tracker.history()).hasSize(LeaderTracker.MAX_HISTORY);
  }
}
