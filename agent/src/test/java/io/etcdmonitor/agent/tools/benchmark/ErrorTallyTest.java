package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ErrorTallyTest {

  @Test
  void wrappersAreUnwrappedToTheFirstLineOfTheMessage() {
    assertThat(ErrorTally.describe(new CompletionException(new ExecutionException(
        new IllegalStateException("etcdserver: leader changed\n\tat somewhere")))))
        .isEqualTo("etcdserver: leader changed");
    assertThat(ErrorTally.describe(new TimeoutException())).isEqualTo("TimeoutException");
  }

  @Test
  void theMostFrequentComeFirst() {
    ErrorTally tally = new ErrorTally();
    tally.add(new IllegalStateException("b"));
    tally.add(new IllegalStateException("a"));
    tally.add(new IllegalStateException("a"));

    assertThat(tally.snapshot()).containsExactly(Map.entry("a", 2L), Map.entry("b", 1L));
  }

  @Test
  void distinctMessagesAreCappedSoUniqueTextsCannotFloodMemory() {
    ErrorTally tally = new ErrorTally();
    for (int i = 0; i < 1_000; i++) {
      tally.add(new IllegalStateException("request " + i + " failed"));
    }

    assertThat(tally.snapshot()).hasSize(ErrorTally.MAX_DISTINCT + 1)
        .containsEntry(ErrorTally.OTHERS, 1_000L - ErrorTally.MAX_DISTINCT);
  }
}
