package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and signals etcd processes so that they cannot outlive this JVM. Each process is wrapped in
 * {@code setpriv --pdeathsig KILL}: the kernel kills it when the thread that spawned it ends, so every spawn happens on
 * one daemon thread that lives exactly as long as the JVM, and even a SIGKILLed JVM leaves no etcd behind. The same
 * wrapper runs a member as another Unix user ({@code --reuid --regid --clear-groups}); the kernel keeps the
 * parent-death signal across that change because setpriv sets it after changing the ids.
 */
final class Processes {
  private static final Logger LOG = LoggerFactory.getLogger(Processes.class);
  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
  private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "etcd-testkit-spawner");
    thread.setDaemon(true);
    return thread;
  });
  private static final boolean PARENT_DEATH_SIGNAL = setprivSupportsParentDeathSignal();

  private Processes() {}

  /** Starts {@code command} with its output appended to {@code logFile}, as {@code user} when one is given. */
  static Process launch(List<String> command, Path logFile, UnixUser user) {
    if (user != null && !Files.isExecutable(SETPRIV)) {
      throw new EtcdClusterException("cannot run a member as uid " + user.uid() + ": " + SETPRIV + " is missing; "
          + "install util-linux (scripts/install-deps.sh --test does). Tests never skip without it.");
    }
    List<String> full = new ArrayList<>();
    if (PARENT_DEATH_SIGNAL || user != null) {
      full.add(SETPRIV.toString());
    }
    if (PARENT_DEATH_SIGNAL) {
      full.addAll(List.of("--pdeathsig", "KILL"));
    }
    if (user != null) {
      full.addAll(List.of("--reuid=" + user.uid(), "--regid=" + user.gid(), "--clear-groups"));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("ETCD_") && !name.equals("ETCD_UNSUPPORTED_ARCH"));
    Future<Process> started = SPAWNER.submit(builder::start);
    try {
      return started.get();
    } catch (ExecutionException e) {
      throw new EtcdClusterException("cannot start " + command.get(0) + ": " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      SPAWNER.execute(() -> destroyOrphan(started));
      throw new EtcdClusterException("interrupted while starting " + command.get(0), e);
    }
  }

  static void signal(long pid, String signal) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
      String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new EtcdClusterException("kill -" + signal + " " + pid + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdClusterException("interrupted while sending SIG" + signal + " to " + pid, e);
    }
  }

  /** The state letter of /proc/[pid]/stat: 'T' when stopped by a signal, 'Z' for a zombie, '?' when gone. */
  static char state(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int afterName = stat.lastIndexOf(')');
      return stat.charAt(afterName + 2);
    } catch (NoSuchFileException e) {
      return '?';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs on the spawner after the start it cleans up after, so the future is already complete. */
  private static void destroyOrphan(Future<Process> started) {
    try {
      started.get().destroyForcibly();
    } catch (ExecutionException | InterruptedException e) {
      LOG.debug("the interrupted start had not produced a process: {}", e.toString());
    }
  }

  private static boolean setprivSupportsParentDeathSignal() {
    boolean supported = false;
    if (Files.isExecutable(SETPRIV)) {
      try {
        Process probe = new ProcessBuilder(SETPRIV.toString(), "--pdeathsig", "KILL", "true")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        supported = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
      } catch (IOException e) {
        LOG.debug("cannot run {}: {}", SETPRIV, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!supported) {
      LOG.warn("{} --pdeathsig is unavailable: etcd processes will outlive this JVM if it is killed", SETPRIV);
    }
    return supported;
  }
}
