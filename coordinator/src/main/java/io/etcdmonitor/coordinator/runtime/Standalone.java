package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.etcd.GrpcEtcdClients;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.http.CannotListenException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.ServerBinding;

/**
 * Runs agent and coordinator in one JVM with the in-JVM receptionist as transport, and blocks until the
 * process is asked to stop. Returns 1 with one clear line when the HTTP port cannot be bound, and 2 when the
 * TLS material cannot be used.
 */
public final class Standalone {
  private static final Duration BIND_TIMEOUT = Duration.ofSeconds(30);

  private Standalone() {}

  public static int run(MonitorSettings settings, PrintWriter err) {
    EtcdClients clients;
    try {
      clients = new GrpcEtcdClients(settings.etcd().tls(), settings.etcd().dialTimeout());
    } catch (RuntimeException e) {
      err.println("etcd-monitor: " + e.getMessage());
      err.flush();
      return 2;
    }
    CompletableFuture<ServerBinding> bound = new CompletableFuture<>();
    ActorSystem<Void> system = ActorSystem.create(StandaloneGuardian.create(settings, clients, bound), "etcd-monitor",
        PekkoConfig.standalone());
    try {
      bound.get(BIND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      err.println("etcd-monitor: " + (cause instanceof CannotListenException ? cause.getMessage() : String.valueOf(cause)));
      err.flush();
      system.terminate();
      awaitTermination(system);
      return 1;
    } catch (TimeoutException e) {
      err.println("etcd-monitor: HTTP API did not start within " + BIND_TIMEOUT.toSeconds() + "s");
      err.flush();
      system.terminate();
      awaitTermination(system);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      system.terminate();
      return 1;
    }
    awaitTermination(system);
    return 0;
  }

  private static void awaitTermination(ActorSystem<?> system) {
    system.getWhenTerminated().toCompletableFuture().join();
  }
}
