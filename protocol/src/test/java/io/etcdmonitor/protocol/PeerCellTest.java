package io.etcdmonitor.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerCellTest {
  @Test
  void aLinkWithoutAConnectionIsDownEvenWhenNothingFailedYet() {
    assertThat(new PeerCell(false, null, 0L, 0L).linkUp()).isFalse();
  }

  @Test
  void failedSendsOnAConnectedLinkAreDroppedMessagesNotACut() {
    assertThat(new PeerCell(true, 2.0, 12L, 0L).linkUp()).isTrue();
  }

  @Test
  void withoutTheConnectionGaugeFailedSendsMeanDownAndNoFailuresMeanUnknown() {
    assertThat(new PeerCell(null, null, 3L, 0L).linkUp()).isFalse();
    assertThat(new PeerCell(null, 2.0, 0L, 0L).linkUp()).isNull();
    assertThat(PeerCell.UNKNOWN.linkUp()).isNull();
  }
}
