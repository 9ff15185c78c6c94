package io.etcdmonitor.coordinator.http.json;

/**
 * The answer to {@code POST /api/v1/alerts/test} when the channel took the test notification.
 *
 * @param message what the channel said, never a URL, key or token
 */
public record TestResultJson(String channel, String result, String message) {}
