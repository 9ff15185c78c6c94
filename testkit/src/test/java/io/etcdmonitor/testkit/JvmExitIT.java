package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class JvmExitIT {
  private record Child(Process jvm, long etcdPid, Path directory) {}

  @Test
  void shutdownHookStopsEtcdAndDeletesItsDirectoryWhenTheJvmExits() throws Exception {
    Child child = startChild("exit");

    assertThat(child.jvm().waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(Processes.state(child.etcdPid())).isIn('?', 'Z');
    assertThat(child.directory()).doesNotExist();
  }

  @Test
  void etcdDiesWithAKilledJvmAndTheNextStartSweepsItsDirectory() throws Exception {
    Child child = startChild("wait");

    child.jvm().destroyForcibly();
    child.jvm().waitFor(30, TimeUnit.SECONDS);

    await().atMost(Duration.ofSeconds(10)).until(() -> Processes.state(child.etcdPid()) == '?'
        || Processes.state(child.etcdPid()) == 'Z');
    assertThat(child.directory()).isDirectory();
    Reaper.sweepStale(child.directory().getParent());
    assertThat(child.directory()).doesNotExist();
  }

  private static Child startChild(String mode) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process jvm = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        ClusterInChildJvm.class.getName(), mode)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("READY ")) {
        String[] parts = line.split(" ", 3);
        return new Child(jvm, Long.parseLong(parts[1]), Path.of(parts[2]));
      }
    }
    jvm.destroyForcibly();
    throw new AssertionError("the child JVM ended without starting its cluster");
  }
}
