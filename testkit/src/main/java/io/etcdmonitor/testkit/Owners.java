package io.etcdmonitor.testkit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names this JVM by pid and start time, so that what a SIGKILLed test JVM left behind (directories, firewall rules)
 * can be told from what a live one still uses, even after its pid is reused.
 */
final class Owners {
  private Owners() {}

  /** This JVM: {@code <pid>-<start millis>}. */
  static String current() {
    ProcessHandle self = ProcessHandle.current();
    return self.pid() + "-" + self.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  }

  /** The owner in a rule's comment {@code <prefix><pid>-<start>-<n>}, if the line carries one with that prefix. */
  static Optional<String> ownerOfTag(String line, String prefix) {
    Matcher m = Pattern.compile("--comment \"?" + Pattern.quote(prefix) + "(\\d+-\\d+)-\\d+\"?(\\s|$)").matcher(line);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Whether the JVM named {@code owner} ({@code <pid>-<start>}, or {@code <pid> <start>} as older directories have
   * it) still runs; an unreadable owner counts as alive, so nothing is removed by mistake.
   */
  static boolean isAlive(String owner) {
    String[] parts = owner.split("[ -]");
    try {
      long pid = Long.parseLong(parts[0]);
      long started = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
      return ProcessHandle.of(pid)
          .map(p -> started <= 0 || p.info().startInstant().map(i -> i.toEpochMilli() == started).orElse(true))
          .orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
