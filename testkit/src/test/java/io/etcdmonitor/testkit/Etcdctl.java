package io.etcdmonitor.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's etcdctl, so the kit's own tests can drive MemberAdd without a Java etcd client. */
final class Etcdctl {
  private static final String BINARY = "/usr/bin/etcdctl";

  private Etcdctl() {}

  static String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BINARY));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("ETCDCTL_API", "3");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError("etcdctl " + String.join(" ", args) + " failed:\n" + output);
    }
    return output;
  }
}
