package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  private static final DeliverySettings SETTINGS = new DeliverySettings(Duration.ofSeconds(1), Duration.ofSeconds(15),
      Duration.ofMinutes(10), Duration.ofSeconds(10), 30, Duration.ofMinutes(1));
  private static final DeliveryResult.Retryable UNAVAILABLE = new DeliveryResult.Retryable("HTTP 503");

  @Test
  void deliveredIsDoneAndPermanentIsDropped() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.5);
    assertThat(policy.decide(DeliveryResult.DELIVERED, 1, Duration.ZERO)).isEqualTo(new RetryPolicy.Done());
    assertThat(policy.decide(new DeliveryResult.Permanent("HTTP 404"), 1, Duration.ZERO))
        .isEqualTo(new RetryPolicy.Drop(RetryPolicy.DropReason.PERMANENT_FAILURE));
  }

  @Test
  void theJitterCapDoublesPerAttemptUpToTheMaximum() {
    RetryPolicy highest = new RetryPolicy(SETTINGS, () -> 1.0);
    assertThat(highest.jittered(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(highest.jittered(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(highest.jittered(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(highest.jittered(5)).isEqualTo(Duration.ofSeconds(15));
    assertThat(highest.jittered(500)).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void fullJitterSpreadsDelaysFromZeroToTheCap() {
    assertThat(new RetryPolicy(SETTINGS, () -> 0.0).jittered(3)).isEqualTo(Duration.ZERO);
    assertThat(new RetryPolicy(SETTINGS, () -> 0.25).jittered(3)).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.3, 0.99})
  void retryAfterIsAFloorForTheDelay(double random) {
    RetryPolicy policy = new RetryPolicy(SETTINGS, () -> random);
    RetryPolicy.Decision d = policy.decide(new DeliveryResult.Retryable("HTTP 429", Duration.ofSeconds(30)), 1,
        Duration.ofSeconds(5));

    assertThat(d).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(30), true));
  }

  @Test
  void aShortRetryAfterDoesNotShortenTheBackoff() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.5);
    RetryPolicy.Decision d = policy.decide(new DeliveryResult.Retryable("HTTP 503", Duration.ofSeconds(1)), 4,
        Duration.ZERO);
    assertThat(d).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(4), false));
  }

  @Test
  void aRetryThatWouldStartPastTheMaximumAgeExpiresInstead() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.5);
    assertThat(policy.decide(UNAVAILABLE, 10, Duration.ofSeconds(590)))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofMillis(7500), false));
    assertThat(policy.decide(UNAVAILABLE, 10, Duration.ofSeconds(595)))
        .isEqualTo(new RetryPolicy.Drop(RetryPolicy.DropReason.EXPIRED));
    assertThat(policy.decide(new DeliveryResult.Retryable("HTTP 429", Duration.ofHours(1)), 1, Duration.ZERO))
        .isEqualTo(new RetryPolicy.Drop(RetryPolicy.DropReason.EXPIRED));
  }

  @Test
  void expiredMeansOlderThanTheMaximumAge() {
    RetryPolicy policy = new RetryPolicy(SETTINGS, () -> 0.5);
    assertThat(policy.expired(Duration.ofMinutes(10))).isFalse();
    assertThat(policy.expired(Duration.ofMinutes(10).plusMillis(1))).isTrue();
  }
}
