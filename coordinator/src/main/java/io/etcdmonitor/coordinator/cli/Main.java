package io.etcdmonitor.coordinator.cli;

import picocli.CommandLine;

/**
 * The {@code etcd-monitor} executable. Without a subcommand it runs standalone; subcommands pick a role or a
 * one-shot tool. Exit codes: 0 success, 1 runtime failure, 2 bad command line or configuration.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    return Commands.commandLine().execute(args);
  }
}
