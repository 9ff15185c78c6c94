package io.etcdmonitor.protocol;

import java.time.Instant;
import java.util.List;

/** The cluster's active alarms as one vantage last read them with AlarmList. */
public record AlarmReport(String vantage, List<Alarm> alarms, Instant observedAt) implements AgentReport {
  public AlarmReport {
    alarms = List.copyOf(alarms);
  }
}
