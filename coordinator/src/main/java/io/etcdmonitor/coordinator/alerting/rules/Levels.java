package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's warning and critical thresholds and which side of them is bad. Every level a value reaches is
 * reported, as the upstream mixin does, so a value rising past critical does not resolve its warning; inhibition
 * hides the warning while the critical one fires.
 *
 * @param warning null when the rule has no warning level
 * @param critical null when the rule has no critical level
 */
record Levels(Double warning, Double critical, boolean higherIsWorse) {

  static Levels of(EffectiveRule settings, boolean higherIsWorse) {
    return new Levels(settings.warning(), settings.critical(), higherIsWorse);
  }

  List<Alert.Severity> reached(double value) {
    List<Alert.Severity> out = new ArrayList<>();
    if (warning != null && worse(value, warning)) {
      out.add(Alert.Severity.WARNING);
    }
    if (critical != null && worse(value, critical)) {
      out.add(Alert.Severity.CRITICAL);
    }
    return out;
  }

  double threshold(Alert.Severity severity) {
    return severity == Alert.Severity.CRITICAL ? critical : warning;
  }

  List<Alert.Severity> severities() {
    List<Alert.Severity> out = new ArrayList<>();
    if (warning != null) {
      out.add(Alert.Severity.WARNING);
    }
    if (critical != null) {
      out.add(Alert.Severity.CRITICAL);
    }
    return out;
  }

  private boolean worse(double value, double threshold) {
    return higherIsWorse ? value > threshold : value < threshold;
  }
}
