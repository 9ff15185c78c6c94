package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.alerting.engine.AlertStore;
import io.etcdmonitor.coordinator.http.CannotListenException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.ServerBinding;

/**
 * One running etcd-monitor process in any {@link Role}: its actor system, configured for the role's transport,
 * and the HTTP API when the role serves one. Usable from the CLI ({@link #run}) and from a program or test
 * ({@link #start}).
 */
public final class Node implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final ActorSystem<Void> system;
  private final Optional<ServerBinding> binding;
  private final Optional<AlertStore> alertStore;

  private Node(ActorSystem<Void> system, Optional<ServerBinding> binding, Optional<AlertStore> alertStore) {
    this.system = system;
    this.binding = binding;
    this.alertStore = alertStore;
  }

  /**
   * Starts the role and returns once its HTTP API listens (a coordinator, standalone) or its actor system runs
   * (an agent, which then joins the cluster in the background, retrying until a seed answers).
   *
   * @throws StartException with one clear line: a port is in use, TLS material is unusable, and so on
   */
  public static Node start(Role role, MonitorSettings settings) throws StartException {
    Optional<EtcdAccess> etcd;
    try {
      etcd = role.probes() ? Optional.of(EtcdAccess.from(settings)) : Optional.empty();
    } catch (RuntimeException e) {
      throw new StartException(e.getMessage(), 2);
    }
    Optional<AlertStore> alertStore;
    try {
      alertStore = role.servesApi() ? Optional.of(AlertStore.open(settings.dataDir())) : Optional.empty();
    } catch (AlertStore.StoreException e) {
      throw new StartException(e.getMessage(), 2);
    }
    CompletableFuture<Optional<ServerBinding>> bound = new CompletableFuture<>();
    ActorSystem<Void> system;
    try {
      system = ActorSystem.create(Guardian.create(role, settings, etcd, alertStore, bound), PekkoConfig.SYSTEM_NAME,
          PekkoConfig.forRole(role, settings.cluster()));
    } catch (RuntimeException e) {
      alertStore.ifPresent(AlertStore::close);
      String what = role == Role.STANDALONE ? "" : " Pekko remoting on " + settings.cluster().host() + ":"
          + settings.cluster().port();
      throw new StartException("cannot start" + what + ": " + rootMessage(e), 1);
    }
    try {
      return new Node(system, bound.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), alertStore);
    } catch (ExecutionException e) {
      terminate(system, alertStore);
      throw new StartException(describe(e.getCause()), 1);
    } catch (TimeoutException e) {
      terminate(system, alertStore);
      throw new StartException("HTTP API did not start within " + START_TIMEOUT.toSeconds() + "s", 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      terminate(system, alertStore);
      throw new StartException("interrupted while starting", 1);
    }
  }

  /**
   * Runs until the process is asked to stop, or the cluster downs this node; returns the exit code, 1 when
   * downed so that a supervisor (systemd, Kubernetes) restarts it and it rejoins.
   */
  public static int run(Role role, MonitorSettings settings, PrintWriter err) {
    try (Node running = start(role, settings)) {
      running.system.getWhenTerminated().toCompletableFuture().join();
      if (running.downed()) {
        err.println("etcd-monitor: this node was removed from the Pekko cluster; restart it to rejoin");
        err.flush();
        return 1;
      }
      return 0;
    } catch (StartException e) {
      err.println("etcd-monitor: " + e.getMessage());
      err.flush();
      return e.exitCode();
    }
  }

  /** Where the HTTP API listens, if this role serves one. */
  public Optional<InetSocketAddress> httpAddress() {
    return binding.map(ServerBinding::localAddress);
  }

  /** The actor system, for tests that need the cluster's view of this node. */
  public ActorSystem<Void> system() {
    return system;
  }

  @Override
  public void close() {
    terminate(system, alertStore);
  }

  private boolean downed() {
    return CoordinatedShutdown.get(system.classicSystem()).getShutdownReason()
        .filter(reason -> reason == CoordinatedShutdown.clusterDowningReason())
        .isPresent();
  }

  /** Stops the actors first, so the last alert state they saved reaches the disk before the store closes. */
  private static void terminate(ActorSystem<?> system, Optional<AlertStore> alertStore) {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
    alertStore.ifPresent(AlertStore::close);
  }

  private static String describe(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof CannotListenException ? cause.getMessage() : String.valueOf(cause);
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    if (message == null || message.isBlank()) {
      return root.getClass().getSimpleName();
    }
    String line = message.lines().findFirst().orElse(message).replaceFirst("^\\[[^]]*]", "").strip();
    return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
  }

  /** Starting failed for a reason one line can say; {@link #exitCode()} is what the CLI should return. */
  public static final class StartException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    StartException(String message, int exitCode) {
      super(message, null, false, false);
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }
}
