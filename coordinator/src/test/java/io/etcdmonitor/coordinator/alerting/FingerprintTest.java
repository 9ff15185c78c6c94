package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  @Test
  void sameNameAndLabelsGiveTheSameFingerprintWhateverTheOrder() {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("cluster", "prod");
    one.put("member", "m1");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("member", "m1");
    other.put("cluster", "prod");

    assertThat(Fingerprint.of("etcdHighLatency", one)).isEqualTo(Fingerprint.of("etcdHighLatency", other));
  }

  @Test
  void isStableAcrossReleasesSoReceiversCanPairTriggerAndResolve() {
    assertThat(Fingerprint.of("etcdNoLeader", Map.of("cluster", "prod"))).isEqualTo("10078a6fa48eb419");
  }

  @Test
  void anyDifferenceInNameOrLabelsChangesIt() {
    String base = Fingerprint.of("etcdHighLatency", Map.of("member", "m1"));
    assertThat(Fingerprint.of("etcdHighLatency", Map.of("member", "m2"))).isNotEqualTo(base);
    assertThat(Fingerprint.of("etcdHighLatency", Map.of("membe", "rm1"))).isNotEqualTo(base);
    assertThat(Fingerprint.of("etcdNoLeader", Map.of("member", "m1"))).isNotEqualTo(base);
    assertThat(base).matches("[0-9a-f]{16}");
  }
}
