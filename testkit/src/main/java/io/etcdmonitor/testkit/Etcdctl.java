package io.etcdmonitor.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's etcdctl (3.4): the reference tests compare with, and a client that needs no Java etcd library. */
public final class Etcdctl {
  private static final String BINARY = "/usr/bin/etcdctl";

  private Etcdctl() {}

  /** Runs etcdctl and returns its stdout; fails the test, with its output, unless it exits 0 within 60 s. */
  public static String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BINARY));
    command.addAll(List.of(args));
    Path errors = Files.createTempFile("etcdctl", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
      builder.environment().put("ETCDCTL_API", "3");
      Process process = builder.start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("etcdctl " + String.join(" ", args) + " did not finish within 60 s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("etcdctl " + String.join(" ", args) + " exited " + process.exitValue() + ":\n"
            + out + Files.readString(errors));
      }
      return out;
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}
