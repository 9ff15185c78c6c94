package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.coordinator.alerting.Alert;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * A pending or firing alert as the API shows it, with why it may not reach receivers.
 *
 * @param startsAt when it started firing; null while pending
 * @param silencedBy the ids of the silences muting it
 * @param inhibitedBy the fingerprints of the firing alerts suppressing it
 */
public record ActiveAlert(String name, String fingerprint, AlertPhase phase, Alert.Severity severity,
    SortedMap<String, String> labels, SortedMap<String, String> annotations, List<String> members,
    Instant activeAt, Instant startsAt, List<String> silencedBy, List<String> inhibitedBy) {}
