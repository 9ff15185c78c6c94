package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaperTest {
  @TempDir
  Path tmp;

  @Test
  void deletesDirectoriesOfDeadOwnersOnly() throws IOException {
    ProcessHandle self = ProcessHandle.current();
    long started = self.info().startInstant().orElseThrow().toEpochMilli();
    Path dead = clusterDir("etcd-testkit-dead", "999999999 0");
    Path reusedPid = clusterDir("etcd-testkit-reused", self.pid() + " " + (started - 1));
    Path alive = clusterDir("etcd-testkit-alive", self.pid() + " " + started);
    Path unowned = Files.createDirectories(tmp.resolve("etcd-testkit-being-created"));
    Path foreign = clusterDir("something-else", "999999999 0");

    Reaper.sweepStale(tmp);

    assertThat(dead).doesNotExist();
    assertThat(reusedPid).doesNotExist();
    assertThat(alive).isDirectory();
    assertThat(unowned).isDirectory();
    assertThat(foreign).isDirectory();
  }

  private Path clusterDir(String name, String owner) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name).resolve("etcd0/data"));
    Files.writeString(tmp.resolve(name).resolve("owner"), owner);
    return tmp.resolve(name);
  }
}
