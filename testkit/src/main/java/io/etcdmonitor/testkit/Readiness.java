package io.etcdmonitor.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Waits until members are healthy, and otherwise fails with what each one said last, so nobody reruns to find out. */
final class Readiness {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
  private static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(1);

  private Readiness() {}

  static void await(Collection<EtcdMember> members, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<EtcdMember> pending = new LinkedHashSet<>(members);
    try {
      while (true) {
        for (EtcdMember member : List.copyOf(pending)) {
          long remaining = Math.max(1, deadline - System.nanoTime());
          if (member.isHealthy(Duration.ofNanos(Math.min(remaining, MAX_PROBE_TIMEOUT.toNanos())))) {
            pending.remove(member);
          } else if (!member.isRunning()) {
            throw new EtcdClusterException(report(member.name() + " has exited", members));
          }
        }
        if (pending.isEmpty()) {
          return;
        }
        if (System.nanoTime() >= deadline) {
          throw new EtcdClusterException(report(
              "not healthy within " + timeout.toMillis() + " ms: "
                  + pending.stream().map(EtcdMember::name).collect(Collectors.joining(", ")),
              members));
        }
        TimeUnit.NANOSECONDS.sleep(Math.min(POLL_INTERVAL.toNanos(), Math.max(0, deadline - System.nanoTime())));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdClusterException("interrupted while waiting for etcd to become healthy", e);
    }
  }

  static String report(String headline, Collection<EtcdMember> members) {
    List<String> lines = new ArrayList<>();
    lines.add(headline);
    for (EtcdMember member : members) {
      lines.add("--- " + member.describe() + ", last " + LogTail.DEFAULT_LINES + " lines of " + member.logFile());
      lines.addAll(LogTail.lastLines(member.logFile(), LogTail.DEFAULT_LINES));
    }
    return String.join(System.lineSeparator(), lines);
  }
}
