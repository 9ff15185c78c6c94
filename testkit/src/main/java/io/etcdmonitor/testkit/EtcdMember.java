package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One etcd process of a test cluster, with the faults tests inject into it: SIGKILL, SIGSTOP/SIGCONT, graceful stop
 * and restart on the same ports and data dir. Control methods return once the process has reached the new state.
 */
public final class EtcdMember {
  private static final Logger LOG = LoggerFactory.getLogger(EtcdMember.class);
  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SIGNAL_TIMEOUT = Duration.ofSeconds(2);

  private final MemberAddress address;
  private final Path dataDir;
  private final Path logFile;
  private final List<String> command;
  private final UnixUser user;
  private volatile Process process;
  private boolean paused;
  private boolean retired;

  EtcdMember(MemberAddress address, Path dataDir, Path logFile, List<String> command, UnixUser user) {
    this.address = address;
    this.dataDir = dataDir;
    this.logFile = logFile;
    this.command = List.copyOf(command);
    this.user = user;
  }

  public String name() {
    return address.name();
  }

  /** Where clients connect: {@code https://127.0.0.1:port} on a TLS cluster, else {@code http://}. */
  public URI clientUrl() {
    return address.clientUrl();
  }

  public URI peerUrl() {
    return address.peerUrl();
  }

  /** Plain http, never TLS: serves {@code /metrics} and {@code /health}. */
  public URI metricsUrl() {
    return address.metricsUrl();
  }

  /** The Unix user this member runs as, when the cluster was built to run it as another user than the tests'. */
  public Optional<UnixUser> user() {
    return Optional.ofNullable(user);
  }

  public Path dataDir() {
    return dataDir;
  }

  /** etcd's stdout and stderr, appended across restarts. */
  public Path logFile() {
    return logFile;
  }

  /** The pid of the current process, or of the last one if it has exited. */
  public synchronized long pid() {
    if (process == null) {
      throw new IllegalStateException(name() + " was never started");
    }
    return process.pid();
  }

  /** True while the process exists, even when paused. */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** SIGKILL, then wait for the process to be gone; no-op if it is not running. */
  public synchronized void kill9() {
    if (!isRunning()) {
      return;
    }
    process.destroyForcibly();
    awaitExit("SIGKILL");
    paused = false;
  }

  /** SIGTERM (graceful shutdown), then wait for the exit; SIGKILL if etcd has not exited after 10 s. */
  public synchronized void stop() {
    if (!isRunning()) {
      return;
    }
    process.destroy();
    if (paused) {
      Processes.signal(process.pid(), "CONT");
      paused = false;
    }
    if (!waitForExit()) {
      LOG.warn("{} ignored SIGTERM for {}; killing it", name(), EXIT_TIMEOUT);
      kill9();
    }
  }

  /** SIGSTOP: the process keeps its ports but answers nothing, like a hung host. */
  public synchronized void pause() {
    requireRunning("pause");
    Processes.signal(process.pid(), "STOP");
    awaitState("SIGSTOP", true);
    paused = true;
  }

  /** SIGCONT after {@link #pause()}. */
  public synchronized void resume() {
    requireRunning("resume");
    Processes.signal(process.pid(), "CONT");
    awaitState("SIGCONT", false);
    paused = false;
  }

  /**
   * Starts the member again on the same ports and data dir, so it rejoins its cluster; a running member is stopped
   * first. Returns once the process is launched: use {@link #awaitHealthy(Duration)} to wait until it has rejoined,
   * which needs a quorum.
   */
  public synchronized void restart() {
    stop();
    start();
  }

  /** Waits until this member answers /health with {@code "health":"true"}; fails with its log tail otherwise. */
  public void awaitHealthy(Duration timeout) {
    Readiness.await(List.of(this), timeout);
  }

  @Override
  public synchronized String toString() {
    return describe();
  }

  synchronized void start() {
    if (retired) {
      throw new IllegalStateException(name() + " belongs to a cluster that has been shut down");
    }
    if (isRunning()) {
      throw new IllegalStateException(name() + " is already running");
    }
    try {
      Files.createDirectories(logFile.getParent());
      Files.writeString(logFile, "--- etcd-testkit starts: " + String.join(" ", command) + System.lineSeparator(),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    process = Processes.launch(command, logFile, user);
    paused = false;
  }

  /** Kills the process for good: the cluster is going away with its directory. */
  synchronized void retire() {
    retired = true;
    kill9();
  }

  /** For the shutdown hook: SIGKILL without taking this member's lock. */
  void destroyNow() {
    Process current = process;
    if (current != null && current.isAlive()) {
      current.destroyForcibly();
      try {
        current.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  synchronized String describe() {
    if (process == null) {
      return name() + " (not started)";
    }
    String state = process.isAlive() ? (paused ? "paused" : "running") : "exited with code " + process.exitValue();
    return name() + " (" + clientUrl() + ", pid " + process.pid() + ", " + state + ")";
  }

  boolean isHealthy(Duration timeout) throws InterruptedException {
    return HealthCheck.isHealthy(metricsUrl(), timeout);
  }

  private void requireRunning(String action) {
    if (!isRunning()) {
      throw new IllegalStateException("cannot " + action + " " + describe());
    }
  }

  private void awaitExit(String signal) {
    if (!waitForExit()) {
      throw new EtcdClusterException(describe() + " did not exit within " + EXIT_TIMEOUT + " of " + signal);
    }
  }

  private boolean waitForExit() {
    try {
      return process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdClusterException("interrupted while waiting for " + name() + " to exit", e);
    }
  }

  private void awaitState(String signal, boolean stopped) {
    long deadline = System.nanoTime() + SIGNAL_TIMEOUT.toNanos();
    while ((Processes.state(process.pid()) == 'T') != stopped) {
      if (System.nanoTime() > deadline) {
        throw new EtcdClusterException(describe() + " did not react to " + signal + " within " + SIGNAL_TIMEOUT);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }
}
