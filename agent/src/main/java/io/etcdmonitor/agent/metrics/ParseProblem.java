package io.etcdmonitor.agent.metrics;

/** Why one line of a scrape was skipped, so a broken exporter can be diagnosed from the monitor's side. */
public record ParseProblem(int lineNumber, String reason) {}
