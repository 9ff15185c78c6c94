package io.etcdmonitor.coordinator.alerting.engine;

import java.util.Locale;

/** Where an alert is in Alertmanager's (Prometheus's) lifecycle. */
public enum AlertPhase {
  PENDING,
  FIRING,
  RESOLVED;

  /** The API's value: {@code pending}, {@code firing}, {@code resolved}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
