package io.etcdmonitor.config;

import java.time.Duration;

/**
 * One alert rule's settings as the engine applies them: the rule's default, then {@code alert_thresholds}, then
 * its {@code alert_rules:} entry.
 *
 * @param warning null when the rule has no warning level
 * @param critical null when the rule has no critical level
 */
public record EffectiveRule(String name, boolean enabled, Duration forDuration, Double warning, Double critical) {

  /** The warning threshold; throws if the rule has none, which would be a bug in the rule. */
  public double warningValue() {
    if (warning == null) {
      throw new IllegalStateException(name + " has no warning threshold");
    }
    return warning;
  }
}
