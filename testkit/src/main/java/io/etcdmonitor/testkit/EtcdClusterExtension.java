package io.etcdmonitor.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a real etcd cluster on loopback for JUnit 5 tests, so every integration test exercises etcd itself.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).tls(true).build();
 * }</pre>
 *
 * <p>Lifecycle: the cluster starts in the first callback that finds none running and stops in the matching "after"
 * callback. On a {@code static} field that is once per test class ({@code @Nested} classes share it); on an instance
 * field it is a fresh cluster for each test. Start returns when every member answers /health; stopping SIGKILLs every
 * process and deletes the cluster's temporary directory, also when tests fail, and a shutdown hook does the same if
 * the JVM exits first. If no etcd binary is found, the start fails: tests never skip.
 */
public final class EtcdClusterExtension
    implements EtcdCluster, BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final ClusterSpec spec;
  private LocalEtcdCluster cluster;
  private String startedBy;

  private EtcdClusterExtension(ClusterSpec spec) {
    this.spec = spec;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startUnlessRunning(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    startUnlessRunning(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public List<String> clientEndpoints() {
    return running().clientEndpoints();
  }

  @Override
  public String endpointsCsv() {
    return running().endpointsCsv();
  }

  @Override
  public List<EtcdMember> members() {
    return running().members();
  }

  @Override
  public EtcdMember member(int index) {
    return running().member(index);
  }

  @Override
  public int size() {
    return running().size();
  }

  @Override
  public EtcdTls tls() {
    return running().tls();
  }

  @Override
  public void awaitHealthy(Duration timeout) {
    running().awaitHealthy(timeout);
  }

  @Override
  public NewMember prepareNewMember() {
    return running().prepareNewMember();
  }

  @Override
  public EtcdMember startNewMember(NewMember member) {
    return running().startNewMember(member);
  }

  synchronized LocalEtcdCluster running() {
    if (cluster == null) {
      throw new IllegalStateException("no etcd cluster is running: register this extension with @RegisterExtension "
          + "and use it from a test or a @BeforeEach/@AfterEach method");
    }
    return cluster;
  }

  private synchronized void startUnlessRunning(ExtensionContext context) {
    if (cluster == null) {
      cluster = LocalEtcdCluster.start(spec);
      startedBy = context.getUniqueId();
    }
  }

  private synchronized void stopIfStartedBy(ExtensionContext context) {
    if (cluster != null && context.getUniqueId().equals(startedBy)) {
      try {
        cluster.close();
      } finally {
        cluster = null;
        startedBy = null;
      }
    }
  }

  /** Collects the cluster's shape; every setting is optional (default: one plain-http member). */
  public static final class Builder {
    private int members = 1;
    private boolean tls;
    private long quotaBackendBytes;
    private final List<String> extraArgs = new ArrayList<>();
    private Duration startTimeout = ClusterSpec.DEFAULT_START_TIMEOUT;
    private final Map<Integer, UnixUser> users = new HashMap<>();

    private Builder() {}

    public Builder members(int members) {
      this.members = members;
      return this;
    }

    /** Client TLS with client-certificate auth, from a CA generated for this cluster; peers stay plain http. */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /** {@code --quota-backend-bytes}; a tiny quota lets a test provoke the NOSPACE alarm. 0 keeps etcd's default. */
    public Builder quotaBackendBytes(long bytes) {
      this.quotaBackendBytes = bytes;
      return this;
    }

    /** Flags appended after the kit's own, so they override them (etcd keeps the last value of a repeated flag). */
    public Builder extraArgs(String... args) {
      for (String arg : args) {
        extraArgs.add(Objects.requireNonNull(arg, "extraArgs"));
      }
      return this;
    }

    /** How long a start may take until every member is healthy; 30 s by default. */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    /**
     * Runs initial member {@code index} (0-based) as another Unix user, through {@code setpriv --reuid --regid
     * --clear-groups}, with its data directory owned by that user; {@link Iptables} can then cut its own traffic
     * off. Needs root and setpriv (util-linux); plain clusters only.
     */
    public Builder runMemberAs(int index, UnixUser user) {
      users.put(index, Objects.requireNonNull(user, "user"));
      return this;
    }

    public EtcdClusterExtension build() {
      return new EtcdClusterExtension(new ClusterSpec(members, tls, quotaBackendBytes, extraArgs, startTimeout,
          users));
    }
  }
}
