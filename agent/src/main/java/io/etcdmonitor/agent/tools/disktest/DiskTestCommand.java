package io.etcdmonitor.agent.tools.disktest;

import io.etcdmonitor.agent.tools.ToolProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code disk-test}: etcd's recommended fio check of a disk (fdatasync latency of small sequential writes) without
 * fio, judged against etcd's guidance. Errors are one line on {@code err} with a distinct exit code.
 */
public final class DiskTestCommand {
  private DiskTestCommand() {}

  /** Runs the test in {@code options.directory()}; returns a {@link DiskTestExitCode} code. */
  public static int run(DiskTestOptions options, PrintStream out, PrintStream err) {
    return run(options, out, err, DirectoryProbe.SYSTEM);
  }

  static int run(DiskTestOptions options, PrintStream out, PrintStream err, DirectoryProbe probe) {
    Optional<String> usage = options.problem();
    if (usage.isPresent()) {
      err.println("disk-test: " + usage.get());
      return DiskTestExitCode.USAGE.code();
    }
    Optional<Preflight.Problem> problem = Preflight.check(options.directory(), options.sizeBytes(), probe);
    if (problem.isPresent()) {
      err.println("disk-test: " + problem.get().message());
      return problem.get().code().code();
    }
    DiskTestResult result;
    try {
      result = FdatasyncWorkload.run(options, ToolProgress.on(err, "disk-test",
          bytes -> String.format(Locale.ROOT, "%.1f MiB", Preflight.mib(bytes))));
    } catch (IOException e) {
      err.println("disk-test: " + options.directory() + ": " + describe(e));
      return DiskTestExitCode.IO_ERROR.code();
    }
    out.print(options.output() == DiskTestOptions.Output.JSON ? DiskTestReport.json(result)
        : DiskTestReport.text(result));
    out.flush();
    return (result.passed() ? DiskTestExitCode.PASS : DiskTestExitCode.FAIL).code();
  }

  /** NIO names only the file in most of its exceptions; say what went wrong instead. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
