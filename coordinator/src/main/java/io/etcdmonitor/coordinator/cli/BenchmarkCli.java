package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.agent.tools.benchmark.Benchmark;
import io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag;
import io.etcdmonitor.config.LoadedConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code etcd-monitor benchmark}: load against the cluster named by {@code --endpoints}, with latency measured
 * from each request's intended start when {@code --rate} is given. The seed's {@code --run-benchmark
 * --benchmark-type --benchmark-ops} on the root command run the same thing.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the cluster: puts, linearizable or serializable gets, or a mix, and the seed's report layout."
          + " With --rate the load is open-loop and latency is corrected for coordinated omission; --profile"
          + " reproduces etcdctl check perf with its PASS/FAIL criteria.",
      "Keys go under a fresh prefix that is deleted at the end unless --keep."
    })
final class BenchmarkCli extends SettingsCommand {
  /** The flags the seed puts on the root command. */
  static final List<BenchmarkFlag> SEED_FLAGS = List.of(BenchmarkFlag.TYPE, BenchmarkFlag.OPS);

  @Override
  int run(LoadedConfig loaded) {
    return Benchmark.run(given(spec.commandLine().getParseResult(), List.of(BenchmarkFlag.values())),
        loaded.settings().etcd(), System.out, System.err);
  }

  /** Adds every benchmark option to {@code spec}. */
  static void addOptions(CommandSpec spec, List<BenchmarkFlag> flags, String heading) {
    ArgGroupSpec.Builder group = ArgGroupSpec.builder().heading("%n" + heading + ":%n").exclusive(false)
        .validate(false);
    for (BenchmarkFlag flag : flags) {
      OptionSpec.Builder option = OptionSpec.builder(names(flag)).type(String.class)
          .description((flag.description() + flag.defaultText().map(d -> " (default: " + d + ")").orElse(""))
              .replace("%", "%%"));
      if (flag == BenchmarkFlag.KEEP) {
        option.arity("0..1").fallbackValue("true").paramLabel("<true|false>");
      } else {
        option.arity("1").paramLabel("<" + flag.flag() + ">");
      }
      group.addArg(option.build());
    }
    spec.addArgGroup(group.build());
  }

  /** The benchmark flags given on the command line, for {@link Benchmark#run(Map, ...)}. */
  static Map<String, String> given(ParseResult parsed, List<BenchmarkFlag> flags) {
    Map<String, String> given = new LinkedHashMap<>();
    for (BenchmarkFlag flag : flags) {
      OptionSpec option = parsed.matchedOption("--" + flag.flag());
      if (option != null) {
        given.put(flag.flag(), option.getValue());
      }
    }
    return given;
  }

  private static String[] names(BenchmarkFlag flag) {
    return flag.alias().map(a -> new String[] {"--" + flag.flag(), "--" + a})
        .orElseGet(() -> new String[] {"--" + flag.flag()});
  }
}
