package io.etcdmonitor.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real network partitions between the members of a test cluster, made with iptables rules on loopback. Each cut's
 * rules carry a comment naming this JVM ({@code etcd-monitor-test-<pid>-<start>-<n>}); they are removed when the cut
 * is healed or closed, by a shutdown hook if the JVM exits first, and, if a JVM was SIGKILLed, by the next one's sweep
 * of rules whose JVM is gone. Rules of other live JVMs are never touched.
 *
 * <p>Needs root and the iptables binary (scripts/install-deps.sh --test installs it); without them a cut fails with
 * the reason: tests never skip.
 */
public final class Iptables {
  static final String TAG_PREFIX = "etcd-monitor-test-";
  private static final Logger LOG = LoggerFactory.getLogger(Iptables.class);
  private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/iptables"), Path.of("/sbin/iptables"));
  private static final String OWNER = Owners.current();
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Set<Cut> LIVE = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean SWEPT = new AtomicBoolean();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(Cut::heal), "iptables-heal"));
  }

  private Iptables() {}

  /**
   * Cuts {@code member} off from {@code peers} on the peer plane while its client and metrics ports keep answering:
   * connections from the member's user to the peers' peer ports, and from anyone to its own peer port, are reset.
   * The member must run as its own Unix user ({@link EtcdClusterExtension.Builder#runMemberAs}), since on loopback
   * only the owner of a socket tells its traffic apart from the other members'.
   */
  public static Cut isolateFromPeers(EtcdMember member, Collection<EtcdMember> peers) {
    UnixUser user = member.user().orElseThrow(() -> new IllegalArgumentException(member.name()
        + " runs as this JVM's user, so its traffic cannot be told apart; build the cluster with runMemberAs"));
    String peerPorts = peers.stream().filter(p -> p != member).map(p -> Integer.toString(p.peerUrl().getPort()))
        .collect(Collectors.joining(","));
    if (peerPorts.isEmpty()) {
      throw new IllegalArgumentException("no peers to cut " + member.name() + " off from");
    }
    String tag = TAG_PREFIX + OWNER + "-" + NEXT.incrementAndGet();
    List<List<String>> rules = List.of(
        List.of("OUTPUT", "-o", "lo", "-p", "tcp", "-m", "owner", "--uid-owner", Integer.toString(user.uid()),
            "-m", "multiport", "--dports", peerPorts, "-m", "comment", "--comment", tag,
            "-j", "REJECT", "--reject-with", "tcp-reset"),
        List.of("OUTPUT", "-o", "lo", "-p", "tcp", "--dport", Integer.toString(member.peerUrl().getPort()),
            "-m", "comment", "--comment", tag, "-j", "REJECT", "--reject-with", "tcp-reset"));
    return apply(member.name() + " cut off from its peers", rules);
  }

  static Cut apply(String what, List<List<String>> rules) {
    Path binary = binary();
    sweepStaleOnce(binary);
    Cut cut = new Cut(what, binary);
    LIVE.add(cut);
    try {
      for (List<String> rule : rules) {
        run(binary, "-I", rule);
        cut.added.add(rule);
      }
    } catch (RuntimeException e) {
      cut.heal();
      throw e;
    }
    LOG.info("iptables: {}", what);
    return cut;
  }

  private static Path binary() {
    return BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new EtcdClusterException(
        "iptables is missing (looked for " + BINARIES + "); network-fault tests need it and root: run "
            + "scripts/install-deps.sh --test, or apt-get install iptables. Tests never skip without it."));
  }

  private static void sweepStaleOnce(Path binary) {
    if (SWEPT.compareAndSet(false, true)) {
      sweepStale(binary);
    }
  }

  /** Removes every tagged rule whose JVM is gone (it was SIGKILLed before it could heal its cuts). */
  static void sweepStale() {
    sweepStale(binary());
  }

  private static void sweepStale(Path binary) {
    for (String line : run(binary, "-S", List.of("OUTPUT")).split("\n")) {
      Optional<String> owner = Owners.ownerOfTag(line, TAG_PREFIX);
      if (line.startsWith("-A OUTPUT ") && owner.isPresent() && !Owners.isAlive(owner.get())) {
        LOG.info("removing iptables rule left by a JVM that is gone: {}", line);
        run(binary, "-D", List.of(line.substring(3).split(" ")));
      }
    }
  }

  private static String run(Path binary, String action, List<String> rule) {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "-w", "5", action));
    command.addAll(rule);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(15, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new EtcdClusterException(String.join(" ", command) + " failed (root is needed): " + output.strip());
      }
      return output;
    } catch (IOException e) {
      throw new EtcdClusterException("cannot run " + binary + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdClusterException("interrupted while running " + String.join(" ", command), e);
    }
  }

  /** The rules of one partition, removed together; healing twice is harmless. */
  public static final class Cut implements AutoCloseable {
    private final String what;
    private final Path binary;
    private final List<List<String>> added = new ArrayList<>();

    private Cut(String what, Path binary) {
      this.what = what;
      this.binary = binary;
    }

    /** Removes this cut's rules; established connections stay broken, and etcd dials its peers again. */
    public synchronized void heal() {
      for (List<String> rule : List.copyOf(added)) {
        try {
          run(binary, "-D", rule);
          added.remove(rule);
        } catch (EtcdClusterException e) {
          LOG.warn("cannot remove iptables rule {}: {}", rule, e.getMessage());
        }
      }
      if (added.isEmpty() && LIVE.remove(this)) {
        LOG.info("iptables: healed: {}", what);
      }
    }

    @Override
    public void close() {
      heal();
    }

    @Override
    public String toString() {
      return what;
    }
  }
}
