package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.coordinator.alerting.Alert;
import java.time.Duration;
import java.util.List;

/**
 * One alert rule: a pure function from what is observed now (and the signals derived from what came before) to
 * the occurrences whose condition holds. Lifecycle, grouping, silences and delivery are the engine's business.
 */
public interface Rule {

  /** The alert name, mixin style: {@code etcdNoLeader}. */
  String name();

  /** The severities this rule can raise, for the zero-valued series of {@code etcd_monitor_alerts_active}. */
  List<Alert.Severity> severities();

  RuleOutcome evaluate(AlertInput input, Signals signals);

  /**
   * How long after the monitor starts the absence of a finding says nothing yet: the time this rule needs to
   * gather its evidence (a scrape window or two by default). An alert restored from before a restart is only
   * resolved after this. A rule that cannot judge at all (no member list yet) says so with an unknown instead.
   */
  default Duration warmUp() {
    return Duration.ofSeconds(30);
  }
}
