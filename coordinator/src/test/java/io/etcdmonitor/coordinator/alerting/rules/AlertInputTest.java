package io.etcdmonitor.coordinator.alerting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.http.Views;
import io.etcdmonitor.protocol.PartitionVerdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertInputTest {
  @Test
  void theViewsPartitionVerdictsReachTheRulesAsSignals() {
    PartitionVerdict isolated = Views.isolated();

    AlertInput input = AlertInput.of(Views.healthy().withPartitions(List.of(isolated)), Instant.EPOCH);

    assertThat(input.partitions()).singleElement().satisfies(signal -> {
      assertThat(signal.kind()).isEqualTo(PartitionSignal.Kind.MEMBER_ISOLATED);
      assertThat(signal.members()).isEqualTo(isolated.members());
      assertThat(signal.vantages()).isEqualTo(isolated.vantages());
      assertThat(signal.evidence()).isEqualTo(isolated.explanation());
    });
  }

  @Test
  void everyVerdictKindHasASignalKind() {
    for (PartitionVerdict.Kind kind : PartitionVerdict.Kind.values()) {
      assertThat(PartitionSignal.Kind.valueOf(kind.name())).isNotNull();
    }
  }
}
