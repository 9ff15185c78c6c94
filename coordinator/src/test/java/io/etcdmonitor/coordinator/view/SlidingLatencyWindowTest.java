package io.etcdmonitor.coordinator.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.LatencySummary;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingLatencyWindowTest {
  private final Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
  private final SlidingLatencyWindow window = new SlidingLatencyWindow(Duration.ofMinutes(5), 10);

  @Test
  void percentilesKeepSubMillisecondPrecision() {
    for (int i = 0; i < 100; i++) {
      window.record(t0.plusMillis(i), i < 50 ? 0.512 : i < 95 ? 1.5 : 5.8);
    }

    LatencySummary s = window.summary(t0.plusSeconds(1));

    assertThat(s.count()).isEqualTo(100);
    assertThat(s.p50Ms()).isCloseTo(0.512, org.assertj.core.data.Offset.offset(0.001));
    assertThat(s.p95Ms()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.002));
    assertThat(s.p99Ms()).isCloseTo(5.8, org.assertj.core.data.Offset.offset(0.005));
    assertThat(s.window()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void samplesOlderThanTheWindowAgeOut() {
    window.record(t0, 100.0);
    window.record(t0.plus(Duration.ofMinutes(4)), 1.0);

    assertThat(window.summary(t0.plus(Duration.ofMinutes(4))).maxMs()).isCloseTo(100.0,
        org.assertj.core.data.Offset.offset(0.1));
    LatencySummary later = window.summary(t0.plus(Duration.ofMinutes(5)).plusSeconds(31));
    assertThat(later.count()).isEqualTo(1);
    assertThat(later.maxMs()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  void anEmptyWindowHasNoPercentilesRatherThanZero() {
    LatencySummary s = window.summary(t0);

    assertThat(s.count()).isZero();
    assertThat(s.p99Ms()).isNull();
  }
}
