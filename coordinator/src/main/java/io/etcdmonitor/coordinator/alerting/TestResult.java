package io.etcdmonitor.coordinator.alerting;

import java.util.List;

/** The answer to a user's request to send a test notification through one channel. */
public sealed interface TestResult {

  /** The first (and only) attempt was made; {@code result} says how it went. */
  record Attempted(String channel, DeliveryResult result) implements TestResult {}

  /** No channel has that name. */
  record UnknownChannel(String channel, List<String> knownChannels) implements TestResult {
    public UnknownChannel {
      knownChannels = List.copyOf(knownChannels);
    }
  }
}
