package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {
  private static final long START = 5_000_000_000L;

  @Test
  void requestIStartsAtStartPlusIOverRate() {
    OpenLoopSchedule schedule = new OpenLoopSchedule(START, 500);

    assertThat(schedule.intendedStart(0)).isEqualTo(START);
    assertThat(schedule.intendedStart(1)).isEqualTo(START + 2_000_000);
    assertThat(schedule.intendedStart(500)).isEqualTo(START + 1_000_000_000);
  }

  @Test
  void fractionalPeriodsDoNotDrift() {
    OpenLoopSchedule schedule = new OpenLoopSchedule(START, 3);

    assertThat(schedule.intendedStart(1)).isEqualTo(START + 333_333_333);
    assertThat(schedule.intendedStart(2)).isEqualTo(START + 666_666_666);
    assertThat(schedule.intendedStart(3_000)).isEqualTo(START + 1_000_000_000_000L);
  }

  @Test
  void dueCountsTheRequestsWhoseStartHasCome() {
    OpenLoopSchedule schedule = new OpenLoopSchedule(START, 1_000);

    assertThat(schedule.dueBy(START - 1)).isZero();
    assertThat(schedule.dueBy(START)).isEqualTo(1);
    assertThat(schedule.dueBy(START + 999_999)).isEqualTo(1);
    assertThat(schedule.dueBy(START + 1_000_000)).isEqualTo(2);
    assertThat(schedule.dueBy(START + 2_000_000_000L)).isEqualTo(2_001);
  }

  @Test
  void dueIsConsistentWithIntendedStartsAtAnyRate() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 10_000; i++) {
      OpenLoopSchedule schedule = new OpenLoopSchedule(START, 0.5 + random.nextDouble() * 50_000);
      long now = START + random.nextLong(100_000_000_000L);
      long due = schedule.dueBy(now);

      assertThat(schedule.intendedStart(due - 1)).isLessThanOrEqualTo(now);
      assertThat(schedule.intendedStart(due)).isGreaterThan(now);
    }
  }

  @Test
  void aDurationHoldsRateTimesDurationRequests() {
    assertThat(new OpenLoopSchedule(START, 500).countWithin(6_000_000_000L)).isEqualTo(3_000);
    assertThat(new OpenLoopSchedule(START, 8_000).countWithin(60_000_000_000L)).isEqualTo(480_000);
    assertThat(new OpenLoopSchedule(START, 3).countWithin(1_000_000_000L)).isEqualTo(3);
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> new OpenLoopSchedule(START, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
