package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnersTest {
  @Test
  void readsTheOwnerFromATaggedRuleAndOnlyFromOneWithTheGivenPrefix() {
    String rule = "-A OUTPUT -o lo -p tcp -m tcp --dport 40123 -m comment"
        + " --comment etcd-monitor-test-4242-1700000000123-7 -j REJECT --reject-with tcp-reset";

    assertThat(Owners.ownerOfTag(rule, "etcd-monitor-test-")).contains("4242-1700000000123");
    assertThat(Owners.ownerOfTag(rule, "other-")).isEmpty();
    assertThat(Owners.ownerOfTag("-A OUTPUT -p tcp --dport 22 -j ACCEPT", "etcd-monitor-test-")).isEmpty();
  }

  @Test
  void thisJvmIsAliveAndAJvmWithAnotherStartTimeOrAMissingPidIsNot() {
    String self = Owners.current();
    long pid = ProcessHandle.current().pid();

    assertThat(Owners.isAlive(self)).isTrue();
    assertThat(Owners.isAlive(pid + "-1")).as("the pid was reused by another process").isFalse();
    assertThat(Owners.isAlive("999999999-1")).isFalse();
    assertThat(Owners.isAlive("not-an-owner")).as("unreadable owners are left alone").isTrue();
  }
}
