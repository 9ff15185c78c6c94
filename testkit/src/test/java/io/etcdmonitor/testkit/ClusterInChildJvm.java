package io.etcdmonitor.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the child JVM in {@link JvmExitIT}: starts a cluster, prints its etcd pid and directory, then either
 * exits without closing it ({@code exit}) or waits to be killed ({@code wait}; it also exits when its stdin closes).
 */
final class ClusterInChildJvm {
  private ClusterInChildJvm() {}

  public static void main(String[] args) throws Exception {
    LocalEtcdCluster cluster =
        LocalEtcdCluster.start(new ClusterSpec(1, false, 0, List.of(), Duration.ofSeconds(30), Map.of()));
    System.out.println("READY " + cluster.member(0).pid() + " " + cluster.directory());
    System.out.flush();
    if (!args[0].equals("exit")) {
      while (System.in.read() >= 0) {
        continue;
      }
    }
    System.exit(0);
  }
}
