package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PerfCheckTest {

  @Test
  void passesAtExactlyTheLimitsLikeEtcdctl() {
    PerfCheck check = new PerfCheck(PerfProfile.M, 900, 0.5, 0.1, 0.75, Map.of());

    assertThat(check.passed()).isTrue();
    assertThat(check.lines()).containsExactly(
        "PASS: Throughput is 900 writes/s",
        "PASS: Slowest request took 0.500000s",
        "PASS: Stddev is 0.100000s",
        "INFO: P99 from the intended start (coordinated omission corrected) is 0.750000s",
        "PASS");
  }

  @Test
  void eachCriterionFailsOnItsOwn() {
    assertThat(new PerfCheck(PerfProfile.M, 899.4, 0.1, 0.01, 0.2, Map.of()).throughputPassed()).isFalse();
    assertThat(new PerfCheck(PerfProfile.M, 950, 0.5001, 0.01, 0.2, Map.of()).slowestPassed()).isFalse();
    assertThat(new PerfCheck(PerfProfile.M, 950, 0.1, 0.1001, 0.2, Map.of()).stddevPassed()).isFalse();
    assertThat(new PerfCheck(PerfProfile.M, 950, 0.1, 0.1001, 0.2, Map.of()).passed()).isFalse();
  }

  @Test
  void theCorrectedP99InformsButDoesNotDecide() {
    assertThat(new PerfCheck(PerfProfile.S, 150, 0.01, 0.01, 30, Map.of()).passed()).isTrue();
  }

  @Test
  void anyErrorFailsAndIsListed() {
    PerfCheck check =
        new PerfCheck(PerfProfile.XL, 15_000, 0.1, 0.01, 0.2, Map.of("etcdserver: request timed out", 2L));

    assertThat(check.passed()).isFalse();
    assertThat(check.lines()).startsWith("FAIL: too many errors", "FAIL: ERROR(etcdserver: request timed out) -> 2")
        .endsWith("FAIL");
  }
}
