package io.etcdmonitor.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a test asked for; validated once so a bad request fails before any process starts. */
record ClusterSpec(int members, boolean tls, long quotaBackendBytes, List<String> extraArgs, Duration startTimeout) {
  static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);

  ClusterSpec {
    if (members < 1) {
      throw new IllegalArgumentException("members must be >= 1, was " + members);
    }
    if (quotaBackendBytes < 0) {
      throw new IllegalArgumentException("quotaBackendBytes must be >= 0 (0 keeps etcd's default), was "
          + quotaBackendBytes);
    }
    extraArgs = List.copyOf(extraArgs);
    Objects.requireNonNull(startTimeout, "startTimeout");
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
    }
  }
}
