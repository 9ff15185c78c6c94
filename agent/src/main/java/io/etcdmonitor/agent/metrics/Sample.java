package io.etcdmonitor.agent.metrics;

import java.util.OptionalLong;

/** One line of the exposition: a series (name and labels) with its value and optional timestamp. */
public record Sample(String name, Labels labels, double value, OptionalLong timestampMillis) {}
