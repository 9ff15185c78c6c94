package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.agent.tools.disktest.DiskTestCommand;
import io.etcdmonitor.agent.tools.disktest.DiskTestOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code disk-test}: etcd's recommended fio workload, in Java, with a verdict against etcd's guidance. */
@Command(
    name = "disk-test",
    mixinStandardHelpOptions = true,
    description = {
      "Measure fdatasync latency the way etcd's WAL needs it: sequential writes of --block-size bytes, each"
          + " followed by fdatasync, --size in total (etcd's fio job: --rw=write --ioengine=sync --fdatasync=1"
          + " --size=22m --bs=2300). Writes only its own temporary file, and removes it.",
      "PASS when the 99th percentile is below 10 ms."
    })
final class DiskTestCli implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--directory", required = true, paramLabel = "DIR",
      description = "Directory to test, on the disk etcd uses (for example /var/lib/etcd)")
  Path directory;

  @Option(names = "--size", paramLabel = "SIZE", defaultValue = "22m",
      description = "Bytes to write in total, with an optional k, m or g suffix (default: ${DEFAULT-VALUE})")
  String size;

  @Option(names = "--block-size", paramLabel = "BYTES", defaultValue = "2300",
      description = "Bytes per write (default: ${DEFAULT-VALUE})")
  int blockSize;

  @Option(names = "--output", paramLabel = "text|json", defaultValue = "text",
      description = "Report format (default: ${DEFAULT-VALUE})")
  DiskTestOptions.Output output;

  @Override
  public Integer call() {
    long bytes;
    try {
      bytes = DiskTestOptions.parseSize(size);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--size: " + e.getMessage());
    }
    return DiskTestCommand.run(new DiskTestOptions(directory, bytes, blockSize, output), System.out, System.err);
  }

}
