package io.etcdmonitor.testkit;

import java.util.List;

/**
 * Entry point of the child JVM in {@link PeerIsolationIT}: adds one tagged iptables rule (dropping loopback traffic
 * to the discard port, which nothing uses), prints this JVM's owner tag, then either exits without healing it
 * ({@code exit}) or waits to be killed ({@code wait}).
 */
final class RuleInChildJvm {
  private RuleInChildJvm() {}

  public static void main(String[] args) throws Exception {
    Iptables.apply("a rule of a child JVM", List.of(List.of("OUTPUT", "-o", "lo", "-p", "tcp", "--dport", "9", "-m",
        "comment", "--comment", Iptables.TAG_PREFIX + Owners.current() + "-1", "-j", "DROP")));
    System.out.println("READY " + Owners.current());
    System.out.flush();
    if (!args[0].equals("exit")) {
      while (System.in.read() >= 0) {
        continue;
      }
    }
    System.exit(0);
  }
}
