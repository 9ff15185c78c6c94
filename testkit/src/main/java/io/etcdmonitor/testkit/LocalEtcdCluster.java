package io.etcdmonitor.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The processes, ports and files of one test cluster, owned from start to the deletion of its directory. */
final class LocalEtcdCluster implements EtcdCluster, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalEtcdCluster.class);
  private static final String PORT_IN_USE = "address already in use";

  private final ClusterSpec spec;
  private final String token;
  private final Path dir;
  private final EtcdTls tls;
  private final CommandFactory commands;
  private final List<EtcdMember> members = new CopyOnWriteArrayList<>();
  private final Map<String, NewMember> prepared = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private int nextIndex;

  private LocalEtcdCluster(ClusterSpec spec, Path binary) {
    this.spec = spec;
    this.token = "etcd-testkit-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
    this.dir = Reaper.createClusterDir(token.substring(Reaper.DIR_PREFIX.length()));
    Reaper.register(this);
    try {
      this.tls = spec.tls() ? CertificateGenerator.generate(dir.resolve("tls")) : null;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.commands = new CommandFactory(binary, spec, token, tls);
  }

  /** Starts the cluster and waits until every member is healthy; a lost race for a port is retried once. */
  static LocalEtcdCluster start(ClusterSpec spec) {
    Path binary = EtcdBinary.locate();
    Reaper.sweepStaleOnce();
    return attempt(spec, binary, true).orElseGet(() -> {
      LOG.warn("a port was taken before etcd could bind it; starting again with new ports");
      return attempt(spec, binary, false).orElseThrow();
    });
  }

  private static Optional<LocalEtcdCluster> attempt(ClusterSpec spec, Path binary, boolean mayRetry) {
    long startedAt = System.nanoTime();
    LocalEtcdCluster cluster = new LocalEtcdCluster(spec, binary);
    try {
      cluster.launchInitialMembers();
      Readiness.await(cluster.members, spec.startTimeout());
    } catch (RuntimeException e) {
      boolean portTaken = cluster.members.stream()
          .anyMatch(m -> !m.isRunning() && LogTail.contains(m.logFile(), PORT_IN_USE));
      cluster.close();
      if (portTaken && mayRetry) {
        return Optional.empty();
      }
      throw new EtcdClusterException("cannot start etcd cluster " + cluster.token + " (" + spec.members()
          + " member(s), " + (spec.tls() ? "TLS" : "plain") + "; its directory is deleted): " + e.getMessage(),
          e instanceof EtcdClusterException ? e.getCause() : e);
    }
    LOG.info("etcd cluster {} ({} member(s), {}) healthy after {} ms: {}", cluster.token, spec.members(),
        spec.tls() ? "TLS" : "plain", Duration.ofNanos(System.nanoTime() - startedAt).toMillis(),
        cluster.endpointsCsv());
    return Optional.of(cluster);
  }

  private void launchInitialMembers() {
    List<MemberAddress> addresses = new ArrayList<>();
    for (int i = 0; i < spec.members(); i++) {
      addresses.add(MemberAddress.allocate(nextName(), spec.tls()));
    }
    String initialCluster = CommandFactory.initialCluster(addresses);
    for (int i = 0; i < addresses.size(); i++) {
      members.add(newMember(addresses.get(i), initialCluster, false, spec.users().get(i)));
    }
    members.forEach(EtcdMember::start);
  }

  @Override
  public List<String> clientEndpoints() {
    return members.stream().map(m -> m.clientUrl().toString()).toList();
  }

  @Override
  public String endpointsCsv() {
    return String.join(",", clientEndpoints());
  }

  @Override
  public List<EtcdMember> members() {
    return List.copyOf(members);
  }

  @Override
  public EtcdMember member(int index) {
    List<EtcdMember> snapshot = members();
    if (index < 0 || index >= snapshot.size()) {
      throw new IndexOutOfBoundsException("no member " + index + " in a cluster of " + snapshot.size());
    }
    return snapshot.get(index);
  }

  @Override
  public int size() {
    return members.size();
  }

  @Override
  public EtcdTls tls() {
    if (tls == null) {
      throw new IllegalStateException("this cluster runs without TLS; build it with .tls(true)");
    }
    return tls;
  }

  @Override
  public void awaitHealthy(Duration timeout) {
    Readiness.await(members.stream().filter(EtcdMember::isRunning).toList(), timeout);
  }

  @Override
  public synchronized NewMember prepareNewMember() {
    NewMember member = new NewMember(MemberAddress.allocate(nextName(), spec.tls()));
    prepared.put(member.name(), member);
    return member;
  }

  @Override
  public EtcdMember startNewMember(NewMember prepared) {
    if (!this.prepared.remove(prepared.name(), prepared)) {
      throw new IllegalArgumentException(prepared + " was not prepared by this cluster, or was already started");
    }
    String membersJson = readMembership();
    String initialCluster = PeerMembership.initialCluster(membersJson, prepared.name(), prepared.peerUrl());
    EtcdMember member = newMember(prepared.address(), initialCluster, true, null);
    members.add(member);
    member.start();
    member.awaitHealthy(spec.startTimeout());
    return member;
  }

  /** Stops every process and deletes the directory; safe to call more than once. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      for (EtcdMember member : members) {
        try {
          member.retire();
        } catch (RuntimeException e) {
          LOG.warn("cannot kill {}: {}", member.name(), e.toString());
        }
      }
      Reaper.deleteRecursively(dir);
      Reaper.unregister(this);
    }
  }

  /** For the shutdown hook: takes no lock a stuck test thread might hold. */
  void destroyNow() {
    members.forEach(EtcdMember::destroyNow);
    Reaper.deleteRecursively(dir);
  }

  Path directory() {
    return dir;
  }

  private String readMembership() {
    List<String> failures = new ArrayList<>();
    for (EtcdMember member : members) {
      if (member.isRunning()) {
        try {
          return PeerMembership.fetchMembersJson(member.peerUrl());
        } catch (EtcdClusterException e) {
          failures.add(e.getMessage());
        }
      }
    }
    throw new EtcdClusterException("no running member answered with the member list: " + failures);
  }

  private synchronized String nextName() {
    return "etcd" + nextIndex++;
  }

  private EtcdMember newMember(MemberAddress address, String initialCluster, boolean joinExisting, UnixUser user) {
    Path memberDir = dir.resolve(address.name());
    Path dataDir = memberDir.resolve("data");
    if (user != null) {
      DataDirs.prepareFor(user, dir, memberDir, dataDir);
    }
    return new EtcdMember(address, dataDir, memberDir.resolve("etcd.log"),
        commands.command(address, dataDir, initialCluster, joinExisting), user);
  }
}
