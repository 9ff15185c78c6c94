package io.etcdmonitor.config;

import java.time.Duration;

/**
 * What an {@code alert_rules:} entry changes about one rule. A null field keeps the rule's default, so a file
 * that only switches a rule off does not also freeze its thresholds.
 *
 * @param forDuration how long the condition must hold before the alert fires ({@code for:})
 */
public record AlertRuleSettings(Boolean enabled, Duration forDuration, Double warning, Double critical) {}
