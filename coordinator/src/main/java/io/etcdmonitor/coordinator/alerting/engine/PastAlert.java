package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.coordinator.alerting.Alert;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * An alert that fired and ended, for the API's history.
 *
 * @param notified whether receivers were told it fired (a silenced or inhibited alert may never have been)
 */
public record PastAlert(String name, String fingerprint, Alert.Severity severity, SortedMap<String, String> labels,
    SortedMap<String, String> annotations, List<String> members, Instant activeAt, Instant startsAt,
    Instant endsAt, boolean notified) {}
