package io.etcdmonitor.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a test asked for; validated once so a bad request fails before any process starts.
 *
 * @param users the Unix user some initial members run as, by member index; the others run as this JVM's user
 */
record ClusterSpec(int members, boolean tls, long quotaBackendBytes, List<String> extraArgs, Duration startTimeout,
    Map<Integer, UnixUser> users) {
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
    users = Map.copyOf(users);
    for (int index : users.keySet()) {
      if (index < 0 || index >= members) {
        throw new IllegalArgumentException("member " + index + " to run as another user is not one of the " + members
            + " initial members");
      }
    }
    if (tls && !users.isEmpty()) {
      throw new IllegalArgumentException("members running as another user are supported on plain clusters only");
    }
  }
}
