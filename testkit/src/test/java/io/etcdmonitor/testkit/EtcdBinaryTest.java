package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtcdBinaryTest {
  @TempDir
  Path dir;

  @Test
  void environmentVariableWins() throws IOException {
    Path custom = executable("custom/etcd");
    Path debian = executable("usr/bin/etcd");

    assertThat(EtcdBinary.locate(Map.of("ETCD_BIN", custom.toString()), debian)).isEqualTo(custom);
  }

  @Test
  void debianPathComesBeforeThePath() throws IOException {
    Path debian = executable("usr/bin/etcd");
    Path onPath = executable("bin/etcd");

    assertThat(EtcdBinary.locate(Map.of("PATH", onPath.getParent().toString()), debian)).isEqualTo(debian);
  }

  @Test
  void pathIsSearchedLast() throws IOException {
    Path onPath = executable("bin/etcd");
    Map<String, String> env = Map.of("PATH", dir.resolve("nothing-here") + ":" + onPath.getParent());

    assertThat(EtcdBinary.locate(env, dir.resolve("usr/bin/etcd"))).isEqualTo(onPath);
  }

  @Test
  void wrongEnvironmentVariableFailsInsteadOfFallingBack() throws IOException {
    Path debian = executable("usr/bin/etcd");
    Map<String, String> env = Map.of("ETCD_BIN", dir.resolve("missing").toString());

    assertThatThrownBy(() -> EtcdBinary.locate(env, debian))
        .isInstanceOf(EtcdClusterException.class)
        .hasMessageContaining("ETCD_BIN=" + dir.resolve("missing"))
        .hasMessageContaining("is not an executable file");
  }

  @Test
  void missingBinaryFailsWithInstallHint() {
    assertThatThrownBy(() -> EtcdBinary.locate(Map.of("PATH", dir.toString()), dir.resolve("usr/bin/etcd")))
        .isInstanceOf(EtcdClusterException.class)
        .hasMessageContaining("etcd binary not found")
        .hasMessageContaining("apt-get install etcd-server")
        .hasMessageContaining("never skip");
  }

  private Path executable(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
