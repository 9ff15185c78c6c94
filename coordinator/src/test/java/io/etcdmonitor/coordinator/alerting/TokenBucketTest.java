package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");

  @Test
  void aFullBurstGoesThenOnePerRefillInterval() {
    TokenBucket bucket = new TokenBucket(30, Duration.ofMinutes(1), T);
    for (int i = 0; i < 30; i++) {
      assertThat(bucket.tryTake(T)).as("token %d", i).isTrue();
    }
    assertThat(bucket.tryTake(T)).isFalse();
    assertThat(bucket.untilNext(T)).isEqualTo(Duration.ofSeconds(2));
    assertThat(bucket.tryTake(T.plusMillis(1999))).isFalse();
    assertThat(bucket.untilNext(T.plusMillis(1999))).isEqualTo(Duration.ofMillis(1));
    assertThat(bucket.tryTake(T.plusSeconds(2))).isTrue();
    assertThat(bucket.tryTake(T.plusSeconds(2))).isFalse();
  }

  @Test
  void aQuietPeriodRefillsNoMoreThanTheCapacity() {
    TokenBucket bucket = new TokenBucket(3, Duration.ofMinutes(1), T);
    bucket.tryTake(T);
    Instant later = T.plus(Duration.ofHours(1));
    assertThat(bucket.untilNext(later)).isZero();
    int taken = 0;
    while (bucket.tryTake(later)) {
      taken++;
    }
    assertThat(taken).isEqualTo(3);
  }

  @Test
  void aClockGoingBackwardsGivesNothingAway() {
    TokenBucket bucket = new TokenBucket(1, Duration.ofMinutes(1), T);
    assertThat(bucket.tryTake(T)).isTrue();
    assertThat(bucket.tryTake(T.minusSeconds(120))).isFalse();
  }
}
