package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BenchmarkOptionsParserTest {

  @Test
  void defaultsAreWhatTheHelpSays() throws Exception {
    BenchmarkOptions o = BenchmarkOptionsParser.parse(Map.of());

    assertThat(o.type()).isEqualTo(BenchmarkType.WRITE);
    assertThat(o.length()).isEqualTo(new RunLength.Ops(10_000));
    assertThat(o.clients()).isEqualTo(16);
    assertThat(o.conns()).isEqualTo(1);
    assertThat(o.keySize()).isEqualTo(8);
    assertThat(o.valueSize()).isEqualTo(256);
    assertThat(o.keySpace()).isEqualTo(10_000);
    assertThat(o.consistency()).isEqualTo(Consistency.LINEARIZABLE);
    assertThat(o.readRatio()).isEqualTo(0.7);
    assertThat(o.rate()).isZero();
    assertThat(o.openLoop()).isFalse();
    assertThat(o.prefix()).matches("/etcd-monitor-bench/[0-9a-f]{8}/");
    assertThat(o.keep()).isFalse();
    assertThat(o.output()).isEqualTo(OutputFormat.TEXT);
    assertThat(o.profile()).isNull();
    assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(value = BenchmarkFlag.class, names = {"TYPE", "PREFIX", "DURATION", "PROFILE"},
      mode = EnumSource.Mode.EXCLUDE)
  void theDefaultInTheHelpIsTheDefaultTheParserUses(BenchmarkFlag flag) throws Exception {
    Map<String, String> base = Map.of("prefix", "/p/", "type", "mixed");
    Map<String, String> explicit = new HashMap<>(base);
    explicit.put(flag.flag(), flag.defaultText().orElseThrow());

    assertThat(BenchmarkOptionsParser.parse(explicit)).isEqualTo(BenchmarkOptionsParser.parse(base));
  }

  @Test
  void eachRunGetsItsOwnDefaultPrefix() throws Exception {
    assertThat(BenchmarkOptionsParser.parse(Map.of()).prefix())
        .isNotEqualTo(BenchmarkOptionsParser.parse(Map.of()).prefix());
  }

  @Test
  void theSeedFlagsAndTheShortNamesMeanTheSame() throws Exception {
    BenchmarkOptions seed = BenchmarkOptionsParser.parse(
        Map.of("--benchmark-type", "mixed", "--benchmark-ops", "500", "prefix", "/p/"));
    BenchmarkOptions shortNames = BenchmarkOptionsParser.parse(Map.of("type", "mixed", "ops", "500", "prefix", "/p/"));

    assertThat(seed).isEqualTo(shortNames);
    assertThat(seed.type()).isEqualTo(BenchmarkType.MIXED);
    assertThat(seed.length()).isEqualTo(new RunLength.Ops(500));
  }

  @Test
  void everyOptionIsRead() throws Exception {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("type", "read");
    flags.put("duration", "1m30s");
    flags.put("clients", "64");
    flags.put("conns", "8");
    flags.put("key-size", "12");
    flags.put("val-size", "0");
    flags.put("key-space", "5000");
    flags.put("consistency", "s");
    flags.put("rate", "2500.5");
    flags.put("prefix", "/mine/");
    flags.put("keep", "");
    flags.put("output", "json");
    flags.put("request-timeout", "500ms");
    flags.put("warmup", "0");

    BenchmarkOptions o = BenchmarkOptionsParser.parse(flags);

    assertThat(o).isEqualTo(new BenchmarkOptions(BenchmarkType.READ, new RunLength.Timed(Duration.ofSeconds(90)), 64,
        8, 12, 0, 5_000, Consistency.SERIALIZABLE, 0.7, 2500.5, "/mine/", true, OutputFormat.JSON, null,
        Duration.ofMillis(500), Duration.ZERO));
  }

  @Test
  void aProfileSetsEtcdctlsWorkload() throws Exception {
    BenchmarkOptions o = BenchmarkOptionsParser.parse(Map.of("profile", "l"));

    assertThat(o.profile()).isEqualTo(PerfProfile.L);
    assertThat(o.type()).isEqualTo(BenchmarkType.WRITE);
    assertThat(o.rate()).isEqualTo(8_000);
    assertThat(o.clients()).isEqualTo(500);
    assertThat(o.keySize()).isEqualTo(256);
    assertThat(o.valueSize()).isEqualTo(1024);
    assertThat(o.length()).isEqualTo(new RunLength.Timed(Duration.ofSeconds(60)));
  }

  @Test
  void aProfileRunCanBeShortened() throws Exception {
    BenchmarkOptions o = BenchmarkOptionsParser.parse(Map.of("profile", "xlarge", "duration", "5s", "conns", "16"));

    assertThat(o.profile()).isEqualTo(PerfProfile.XL);
    assertThat(o.length()).isEqualTo(new RunLength.Timed(Duration.ofSeconds(5)));
    assertThat(o.conns()).isEqualTo(16);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      benchmark-type | delete | --benchmark-type: "delete" is not one of write, read, mixed
      ops            | 0      | --benchmark-ops: "0" is not a whole number of at least 1
      ops            | lots   | --benchmark-ops: "lots" is not a whole number of at least 1
      duration       | 30     | --duration: "30" has no unit; write 30s
      duration       | 1d     | --duration: "1d" is not a duration (examples: 500ms, 30s, 2m)
      duration       | 0s     | --duration: "0s" is not a duration (examples: 500ms, 30s, 2m)
      warmup         | 5      | --warmup: "5" has no unit; write 5s
      warmup         | -1s    | --warmup: "-1s" is not a duration (examples: 500ms, 30s, 2m)
      clients        | -4     | --clients: "-4" is not a whole number from 1 to 100000
      val-size       | 2MB    | --val-size: "2MB" is not a whole number from 0 to 1048576
      rate           | fast   | --rate: "fast" is not a rate in operations per second (0 for no limit)
      rate           | 1d     | --rate: "1d" is not a rate in operations per second (0 for no limit)
      output         | yaml   | --output: "yaml" is not one of text, json
      profile        | huge   | --profile: "huge" is not one of s, m, l, xl
      keep           | maybe  | --keep: "maybe" is not true or false
      prefix         | ''     | --prefix: "" is empty; it would be every key in etcd
      frobnicate     | 1      | unknown option --frobnicate
      """)
  void aBadValueIsNamedWithWhatWouldBeAccepted(String flag, String value, String message) {
    assertThatThrownBy(() -> BenchmarkOptionsParser.parse(Map.of(flag, value)))
        .isInstanceOf(BenchmarkUsageException.class)
        .hasMessage(message);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("type", "write");
    flags.put("ops", "100");
    flags.put("duration", "10s");
    flags.put("consistency", "s");
    flags.put("read-ratio", "0.5");
    flags.put("clients", "2");
    flags.put("conns", "3");

    assertThatThrownBy(() -> BenchmarkOptionsParser.parse(flags))
        .isInstanceOfSatisfying(BenchmarkUsageException.class, e -> assertThat(e.problems()).containsExactly(
            "give --benchmark-ops or --duration, not both",
            "--conns (3) cannot exceed --clients (2): a connection needs a request",
            "--consistency applies to reads; --benchmark-type=write sends none",
            "--read-ratio applies to --benchmark-type=mixed only"));
  }

  @Test
  void aProfileRefusesTheSettingsItFixes() {
    assertThatThrownBy(() -> BenchmarkOptionsParser.parse(Map.of("profile", "m", "clients", "10", "rate", "5")))
        .isInstanceOfSatisfying(BenchmarkUsageException.class, e -> assertThat(e.problems()).containsExactly(
            "--clients cannot be combined with --profile, which sets it; leave it out",
            "--rate cannot be combined with --profile, which sets it; leave it out"));
  }

  @Test
  void theKeySpaceMustFitInTheKeySize() {
    assertThatThrownBy(() -> BenchmarkOptionsParser.parse(Map.of("key-size", "3", "key-space", "5000")))
        .hasMessage("--key-space=5000 needs --key-size of at least 4 (keys are numbers padded to the key size)");
  }

  @Test
  void aReadRatioIsAFraction() throws Exception {
    assertThat(BenchmarkOptionsParser.parse(Map.of("type", "mixed", "read-ratio", "0.25")).readRatio())
        .isEqualTo(0.25);
    assertThatThrownBy(() -> BenchmarkOptionsParser.parse(Map.of("type", "mixed", "read-ratio", "70")))
        .hasMessage("--read-ratio: \"70\" is not a fraction between 0 and 1 (0.7 = 70% reads)");
  }

  @Test
  void theSameOptionTwiceWithDifferentValuesIsAnError() {
    assertThatThrownBy(() -> BenchmarkOptionsParser.parse(Map.of("type", "read", "benchmark-type", "write")))
        .hasMessageContaining("--benchmark-type is given twice");
  }
}
