package io.etcdmonitor.coordinator.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The shipped fat jar as a separate JVM, so a test can crash it for real with SIGKILL. Started under
 * {@code setpriv --pdeathsig KILL} from one long-lived thread, so a process never outlives the test JVM.
 */
final class JarProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "etcd-monitor.jar");
  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
  private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "jar-process-spawner");
    thread.setDaemon(true);
    return thread;
  });

  private final Process process;
  private final Path log;

  private JarProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static JarProcess start(Path log, String... args) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETPRIV)) {
      command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "KILL"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("ETCD_MONITOR_"));
    try {
      return new JarProcess(SPAWNER.submit(builder::start).get(), log);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot start " + command, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting " + command, e);
    }
  }

  /** A crash: SIGKILL, no shutdown hooks, no leaving the cluster. */
  void kill() {
    process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** CPU time this JVM has used so far (the java process itself, not the setpriv wrapper). */
  Duration cpu() {
    ProcessHandle java = process.toHandle().descendants().findFirst().orElse(process.toHandle());
    return java.info().totalCpuDuration().orElseThrow();
  }

  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
