package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken file under {@code bad/} with every message it must produce, exactly and in order, in the manner
 * of blackbox_exporter's TestLoadBadConfigs. {@code {file}} stands for the fixture's path as given,
 * {@code {dir}} for the fixtures' absolute directory.
 */
class BadConfigsTest {
  static final Path BAD = Path.of("src/test/resources/bad");
  static final Map<String, String> CASES = new LinkedHashMap<>();

  static {
    CASES.put("syntax-error.yaml", """
        {file}: line 3, column 16: mapping values are not allowed here""");
    CASES.put("unclosed-list.yaml", """
        {file}: line 2, column 4: expected ',' or ']', but got : \
        (while parsing a flow sequence at line 1, column 12)""");
    CASES.put("tab-indent.yaml", """
        {file}: line 2, column 1: found character '\\t(TAB)' that cannot start any token. \
        (Do not use \\t(TAB) for indentation)""");
    CASES.put("duplicate-key.yaml", """
        {file}: line 3, column 7: duplicate key "port\"""");
    CASES.put("top-level-list.yaml", """
        {file}: expected a mapping of settings at the top level, found a list""");
    CASES.put("unknown-keys.yaml", """
        endpoint: unknown key (did you mean endpoints?)
        healthCheckInterval: unknown key (did you mean health_check_interval?)
        api_port: unknown key (did you mean api.port?)
        alert_thresholds.max_latncy_ms: unknown key (did you mean max_latency_ms?)
        alert_thresholds.max_db_size_mb: unknown key (did you mean alert_thresholds.max_database_size_mb?)
        api.prot: unknown key (did you mean port?)
        completely_unrelated: unknown key
        tls.cert: unknown key (did you mean tls.cert_file?)
        alert_rule: unknown key (did you mean alert_rules?)""");
    CASES.put("bad-durations.yaml", """
        dial_timeout: 30 has no unit; write 30s
        health_check_interval: "5x" is not a duration (examples: 500ms, 5s, 1m)
        probe_timeout: "-1s" must be greater than 0
        metrics_interval: "30" has no unit; write 30s
        membership_interval: "0s" must be greater than 0
        benchmark.interval: "1d" is not a duration (examples: 500ms, 5s, 1m); write days as hours""");
    CASES.put("bad-endpoints.yaml", """
        endpoints[1]: "localhost:99999" has port 99999, outside 1..65535
        endpoints[2]: "http://" has no host
        endpoints[3]: ":2379" has no host
        endpoints[4]: "ftp://x:1" has scheme ftp; use http:// or https://
        endpoints[5]: "localhost" has no port (example: localhost:2379)
        endpoints[6]: "http://etcd1:2379/v3" has a path; write only host:port or scheme://host:port
        endpoints[7]: "http://LOCALHOST:2379" repeats endpoints[0]
        endpoints[8]: "::1:2379" has an IPv6 address without brackets (example: [::1]:2379)""");
    CASES.put("bad-metrics-urls.yaml", """
        metrics_urls[1]: "http://10.0.0.2:2381" is not name=url (example: m1=http://10.0.0.1:2381)
        metrics_urls[2]: "m3=ftp://10.0.0.3:2381" has a URL without http:// or https://
        metrics_urls[3]: "m4=http://10.0.0.4" has a URL without host:port
        metrics_urls[4]: "m1=http://10.0.0.5:2381" repeats metrics_urls[0]""");
    CASES.put("bad-client-urls.yaml", """
        client_urls[1]: "127.0.0.1:23792" is not name=url (example: m1=http://10.0.0.1:2379)
        client_urls[2]: "m3=ftp://127.0.0.1:23793" has scheme ftp; use http:// or https://
        client_urls[3]: "m4=http://10.0.0.4:2379/v3" has a path; write only host:port or scheme://host:port
        client_urls[4]: "m1=10.0.0.5:2379" repeats client_urls[0]""");
    CASES.put("bad-member-datacenters.yaml", """
        member_datacenters[1]: "m2" is not name=datacenter (example: m1=dc1)
        member_datacenters[2]: "m3=eu west" has datacenter 'eu west', which is not a valid name
        member_datacenters[3]: "bad name=dc2" has member name 'bad name', which is not a valid name
        member_datacenters[4]: "m1=dc2" repeats member_datacenters[0]""");
    CASES.put("out-of-range.yaml", """
        alert_thresholds.max_latency_ms: "fast" is not a number
        alert_thresholds.max_database_size_mb: 1.5 is not a whole number
        alert_thresholds.min_available_nodes: 0 must be at least 1
        alert_thresholds.max_leader_changes_per_hour: -1 must be at least 0
        alert_thresholds.max_error_rate: 1.5 is out of range 0..1
        alert_thresholds.min_disk_space_percent: "5%" is not a number
        api.port: 70000 is out of range 1..65535
        cluster.port: -1 is out of range 0..65535""");
    CASES.put("type-mismatches.yaml", """
        api: expected a mapping, found a list
        tls: expected a mapping, found true/false
        endpoints: expected a list of endpoints, found a mapping
        dial_timeout: expected a duration, found a list
        cluster.seeds[0]: expected a string, found a mapping
        log.level: expected a log level, found a list
        log.format: "xml" is not one of text, json
        benchmark.enabled: "maybe" is not true or false""");
    CASES.put("empty-values.yaml", """
        dial_timeout: has no value
        api.port: has no value
        log.level: "verbose" is not one of trace, debug, info, warn, error
        endpoints: at least one endpoint is required""");
    CASES.put("bad-names.yaml", """
        api.host: has no value
        cluster.vantage: "my host" is not a valid name (letters, digits, '.', '_', '-'; at most 63)
        cluster.datacenter: expected a name, found false (YAML reads yes/no/on/off as true/false; quote the value)
        cluster.seeds[0]: "10.0.0.1" has no port (example: 10.0.0.5:25520)
        cluster.seeds[2]: "10.0.0.2:25520" repeats cluster.seeds[1]
        cluster.host: "bad host!" is not a host name or IP address""");
    CASES.put("probe-timeout-too-long.yaml", """
        probe_timeout: "2s" is longer than health_check_interval (500ms); probes of one member would overlap""");
    CASES.put("data-dir-is-a-file.yaml", """
        data_dir: "files/client.pem" is not a directory (resolved to {dir}/files/client.pem)""");
    CASES.put("tls-cert-without-key.yaml", """
        tls.key_file: is required because tls.cert_file is set; set tls.key_file, --key or KEY
        tls.ca_file: "files/missing-ca.pem" does not exist (resolved to {dir}/files/missing-ca.pem)""");
    CASES.put("tls-key-without-cert.yaml", """
        tls.cert_file: is required because tls.key_file is set; set tls.cert_file, --cert or CERT
        tls.key_file: "files" is a directory, not a file""");
    CASES.put("slack-without-webhook.yaml", """
        alerts[0] (slack): webhook_url is required (or webhook_url_file / webhook_url_env)""");
    CASES.put("alerts-not-a-list.yaml", """
        alerts: expected a list of channels, found a mapping""");
    CASES.put("alert-entries.yaml", """
        alerts[0].chanel: unknown key for type slack (did you mean channel?)
        alerts[1].type: "teams" is not one of console, email, slack, pagerduty, webhook
        alerts[2].type: "slak" is not one of console, email, slack, pagerduty, webhook (did you mean slack?)
        alerts[3]: type is required (one of console, email, slack, pagerduty, webhook)
        alerts[4]: expected a mapping with a type, found a string
        alerts[5].smtp_sever: unknown key for type email (did you mean smtp_server?)
        alerts[5] (email): smtp_server is required""");
    CASES.put("secret-sources.yaml", """
        alerts[0] (slack): give only one of webhook_url, webhook_url_file, webhook_url_env
        alerts[1].webhook_url_file: "files/no-such-secret" does not exist (resolved to {dir}/files/no-such-secret)
        alerts[2].integration_key_env: UNSET_PAGERDUTY_KEY is not set
        alerts[3].integration_key_file: "files/empty-secret" is empty
        alerts[4].url_file: the content of "files/not-a-url" is not an http:// or https:// URL
        alerts[4].bearer_token: expected a string, found a list
        alerts[5].url: the value is not an http:// or https:// URL
        alerts[5].hmac_secret_file: "files/" is a directory""");
    CASES.put("email-problems.yaml", """
        alerts[0] (email): smtp_server is required
        alerts[0].smtp_port: 0 is out of range 1..65535
        alerts[0].from: "etcd-monitor" is not an email address
        alerts[0].to[1]: "oncall" is not an email address
        alerts[0] (email): password is required when username is set (or password_file / password_env)
        alerts[1].to: needs at least one address
        alerts[1].starttls: "sometimes" is not true or false
        alerts[1] (email): username is required when password is set""");
    CASES.put("alert-rules.yaml", """
        alert_rules.etcdNoLeadr: unknown alert rule (did you mean etcdNoLeader?)
        alert_rules.etcdNoLeader.warning: unknown key; etcdNoLeader has no warning threshold (keys: enabled, for)
        alert_rules.etcdNoLeader.for: "-1s" must not be negative
        alert_rules.etcdHighFsyncDurations.critcal: unknown key (did you mean critical?)
        alert_rules.etcdHighFsyncDurations.enabled: "maybe" is not true or false
        alert_rules.etcdHighNumberOfFailedGRPCRequests.warning: 1.5 is out of range 0..1
        alert_rules.etcdDatabaseHighFragmentationRatio: expected a mapping with enabled, for, warning, critical, found \
        true/false
        alert_rules.etcdHighCommitDurations.for: 10 has no unit; write 10s
        alert_rules.etcdHighCommitDurations.warning: "fast" is not a number
        alert_rules.completelyUnrelated: unknown alert rule""");
    CASES.put("alert-rule-levels.yaml", """
        alert_rules.etcdHighFsyncDurations: warning 150 must be below critical 100 (the default)
        alert_rules.etcdDatabaseQuotaLowSpace: warning 85 must be below critical 70 \
        (from alert_thresholds.min_disk_space_percent)
        alert_rules.etcdHighMemoryUsage: warning 4096 must be below critical 2048""");
    CASES.put("alert-rules-not-a-mapping.yaml", """
        alert_rules: expected a mapping of rule names, found a list""");
    CASES.put("duplicate-names.yaml", """
        alerts[2].name: "ops" is already used by alerts[0]
        alerts[3].name: "bad name" is not a valid name (letters, digits, '.', '_', '-'; at most 63)""");
  }

  static Stream<String> fixtures() {
    return CASES.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void reportsEveryProblemExactly(String fixture) {
    String file = BAD.resolve(fixture).toString();
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Map.of("config", file), Map.of()));

    assertThat(e).as(fixture + " must be rejected").isNotNull();
    List<String> expected = CASES.get(fixture).replace("{file}", file)
        .replace("{dir}", BAD.toAbsolutePath().toString()).lines().toList();
    assertThat(e.problems()).extracting(ConfigProblem::render).containsExactlyElementsOf(expected);
    assertThat(e.getMessage()).isEqualTo(String.join("\n", expected));
  }

  @Test
  void everyFixtureHasItsExpectedMessages() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      assertThat(files.filter(p -> p.toString().endsWith(".yaml")).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(CASES.keySet());
    }
  }

  @Test
  void aMissingConfigFileIsOneProblemNamingWhereItWasGiven() {
    ConfigException fromFlag = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Map.of("config", "no/such/config.yaml", "api-port", "70000"), Map.of()));
    ConfigException fromEnv = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Map.of(), Map.of("CONFIG", "no/such/config.yaml")));

    assertThat(fromFlag.getMessage()).isEqualTo("no/such/config.yaml: config file does not exist (named by --config)");
    assertThat(fromEnv.getMessage()).isEqualTo("no/such/config.yaml: config file does not exist (named by env CONFIG)");
  }

  @Test
  void aDirectoryGivenAsConfigFileIsOneProblem() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Map.of("config", BAD.toString()), Map.of()));

    assertThat(e.getMessage()).isEqualTo(BAD + ": is a directory, not a config file (named by --config)");
  }
}
