package io.etcdmonitor.config;

/** Where the HTTP API, /health and /metrics listen. */
public record ApiSettings(String host, int port) {}
