package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.etcd.GrpcEtcdClients;
import io.etcdmonitor.agent.scrape.HttpMetricsFetcher;
import io.etcdmonitor.agent.scrape.MetricsFetcher;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.alerting.engine.AlertStore;
import io.etcdmonitor.coordinator.http.CannotListenException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.ServerBinding;

/**
 * Agent and coordinator in one JVM, with the in-JVM receptionist as transport: the seed's quickstart
 * experience, and the same code path the distributed roles use. Usable from the CLI ({@link #run}) and from a
 * program or test ({@link #start}).
 */
public final class Standalone implements AutoCloseable {
  private static final Duration BIND_TIMEOUT = Duration.ofSeconds(30);

  private final ActorSystem<Void> system;
  private final ServerBinding binding;

  private Standalone(ActorSystem<Void> system, ServerBinding binding) {
    this.system = system;
    this.binding = binding;
  }

  /**
   * Starts monitoring and returns once the HTTP API listens.
   *
   * @throws StartException with one clear line: the port is in use, TLS material is unusable, and so on
   */
  public static Standalone start(MonitorSettings settings) throws StartException {
    AlertStore alertStore;
    try {
      alertStore = AlertStore.open(settings.dataDir());
    } catch (AlertStore.StoreException e) {
      throw new StartException(e.getMessage(), 2);
    }
    EtcdClients clients;
    MetricsFetcher fetcher;
    try {
      clients = new GrpcEtcdClients(settings.etcd().tls(), settings.etcd().dialTimeout());
      fetcher = new HttpMetricsFetcher(settings.etcd().tls(), settings.etcd().dialTimeout(),
          settings.probe().metricsInterval());
    } catch (RuntimeException e) {
      alertStore.close();
      throw new StartException(e.getMessage(), 2);
    }
    CompletableFuture<ServerBinding> bound = new CompletableFuture<>();
    ActorSystem<Void> system = ActorSystem.create(
        StandaloneGuardian.create(settings, clients, fetcher, alertStore, bound), "etcd-monitor",
        PekkoConfig.standalone());
    try {
      return new Standalone(system, bound.get(BIND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      terminate(system);
      throw new StartException(describe(e.getCause()), 1);
    } catch (TimeoutException e) {
      terminate(system);
      throw new StartException("HTTP API did not start within " + BIND_TIMEOUT.toSeconds() + "s", 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      terminate(system);
      throw new StartException("interrupted while starting", 1);
    }
  }

  /** Runs until the process is asked to stop; returns the exit code. */
  public static int run(MonitorSettings settings, PrintWriter err) {
    try (Standalone running = start(settings)) {
      running.system.getWhenTerminated().toCompletableFuture().join();
      return 0;
    } catch (StartException e) {
      err.println("etcd-monitor: " + e.getMessage());
      err.flush();
      return e.exitCode();
    }
  }

  public InetSocketAddress httpAddress() {
    return binding.localAddress();
  }

  @Override
  public void close() {
    terminate(system);
  }

  private static void terminate(ActorSystem<?> system) {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
  }

  private static String describe(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof CannotListenException ? cause.getMessage() : String.valueOf(cause);
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
