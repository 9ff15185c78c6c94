package io.etcdmonitor.agent.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.MemberInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipDiffTest {
  private final MemberInfo m1 = FakeEtcd.member(1, "m1", 2379);
  private final MemberInfo m2 = FakeEtcd.member(2, "m2", 22379);
  private final MemberInfo m3 = FakeEtcd.member(3, "m3", 32379);

  @Test
  void namesWhoJoinedLeftAndChanged() {
    MemberInfo m2Moved = FakeEtcd.member(2, "m2", 42379);

    MembershipDiff diff = MembershipDiff.between(List.of(m1, m2), List.of(m2Moved, m3));

    assertThat(diff.added()).containsExactly(m3);
    assertThat(diff.removed()).containsExactly(m1);
    assertThat(diff.changed()).containsExactly(m2Moved);
    assertThat(diff.describe()).isEqualTo("added m3; removed m1; changed m2");
  }

  @Test
  void sameListInAnotherOrderIsNoChange() {
    assertThat(MembershipDiff.between(List.of(m1, m2, m3), List.of(m3, m1, m2)).isEmpty()).isTrue();
  }

  @Test
  void memberThatStartsIsAChangeAndUnstartedOnesShowTheirId() {
    MemberInfo unstarted = new MemberInfo(0xabcL, "", List.of(), List.of("http://127.0.0.1:2480"), false);
    MemberInfo started = new MemberInfo(0xabcL, "m4", List.of("http://127.0.0.1:2479"),
        List.of("http://127.0.0.1:2480"), false);

    assertThat(MembershipDiff.between(List.of(), List.of(unstarted)).describe()).isEqualTo("added abc");
    assertThat(MembershipDiff.between(List.of(unstarted), List.of(started)).changed()).containsExactly(started);
  }
}
