package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loader behaviour beyond single bad files: problems from every layer at once, normalisation, defaults. */
class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void reportsProblemsFromFlagsVariablesAndTheFileTogetherSayingWhereEachCameFrom() throws IOException {
    Path config = write("health_check_interval: 5x\nalert_thresholds:\n  max_latncy_ms: 100\n");

    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(
        Map.of("config", config.toString(), "api-port", "70000", "endpoints", "localhost:2379,localhost:99999"),
        Map.of("DIAL_TIMEOUT", "30", "ETCD_MONITOR_MAX_ERROR_RATE", "2")));

    assertThat(e.getMessage()).isEqualTo("""
        alert_thresholds.max_latncy_ms: unknown key (did you mean max_latency_ms?)
        endpoints[1]: "localhost:99999" in --endpoints has port 99999, outside 1..65535
        dial_timeout: DIAL_TIMEOUT=30 has no unit; write 30s
        health_check_interval: "5x" is not a duration (examples: 500ms, 5s, 1m)
        alert_thresholds.max_error_rate: ETCD_MONITOR_MAX_ERROR_RATE=2 is out of range 0..1
        api.port: --api-port=70000 is out of range 1..65535""");
  }

  @Test
  void aKubernetesServiceLinkVariableGetsAHint() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Map.of(), Map.of("API_PORT", "tcp://10.96.0.7:8080")));

    assertThat(e.getMessage()).isEqualTo("api.port: API_PORT=tcp://10.96.0.7:8080 is not a number; Kubernetes sets "
        + "API_PORT for a Service: use ETCD_MONITOR_API_PORT or enableServiceLinks: false");
  }

  @Test
  void anEmptyFlagIsAnError() {
    ConfigException e = catchThrowableOfType(ConfigException.class,
        () -> ConfigLoader.load(Map.of("config", "", "api-port", ""), Map.of()));

    assertThat(e.getMessage()).isEqualTo("config: --config has no value");
  }

  @Test
  void aFlagTheRegistryDoesNotKnowIsAProgrammingError() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("--api-port", "1"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no setting has the flag ----api-port");
  }

  @Test
  void anEmptyFileMeansEveryDefault() throws Exception {
    assertThat(ConfigLoader.load(Map.of("config", write("# nothing yet\n").toString()), Map.of()))
        .isEqualTo(ConfigLoader.load(Map.of(), Map.of()));
  }

  @Test
  void bareEndpointsUseHttpsAsSoonAsAnyTlsSettingIsGiven() throws Exception {
    Path ca = Files.writeString(dir.resolve("ca.pem"), "stand-in");

    assertThat(ConfigLoader.load(Map.of("endpoints", "a:1,http://b:2"), Map.of()).etcd().endpoints())
        .containsExactly("http://a:1", "http://b:2");
    assertThat(ConfigLoader.load(Map.of("endpoints", "a:1,http://b:2", "cacert", ca.toString()), Map.of())
        .etcd().endpoints()).containsExactly("https://a:1", "http://b:2");
    assertThat(ConfigLoader.load(Map.of("endpoints", "a:1"), Map.of("INSECURE_SKIP_TLS_VERIFY", "true"))
        .etcd().endpoints()).containsExactly("https://a:1");
  }

  @Test
  void listsAcceptACommaStringWithStraySpacesAndCommas() throws Exception {
    Path config = write("endpoints: \"a:1, b:2,\"\ncluster:\n  seeds: s1:25520\n");

    MonitorSettings s = ConfigLoader.load(Map.of("config", config.toString()), Map.of("ENDPOINTS", " c:3 ,, d:4,"));

    assertThat(s.etcd().endpoints()).containsExactly("http://c:3", "http://d:4");
    assertThat(s.cluster().seeds()).containsExactly("s1:25520");
  }

  @Test
  void quotedNumbersAndUpperCaseWordsAreAccepted() throws Exception {
    Path config = write("""
        api:
          port: "9090"
        alert_thresholds:
          max_error_rate: "0.1"
        log:
          level: WARN
          format: JSON
        benchmark:
          enabled: "True"
        """);

    MonitorSettings s = ConfigLoader.load(Map.of("config", config.toString()), Map.of());

    assertThat(s.api().port()).isEqualTo(9090);
    assertThat(s.alertThresholds().maxErrorRate()).isEqualTo(0.1);
    assertThat(s.log()).isEqualTo(new LogSettings("warn", LogSettings.Format.JSON));
    assertThat(s.benchmark().enabled()).isTrue();
  }

  @Test
  void pathsFromFlagsAreAbsoluteFromTheWorkingDirectory() throws Exception {
    MonitorSettings s = ConfigLoader.load(Map.of("data-dir", "state/here"), Map.of());

    assertThat(s.dataDir()).isEqualTo(Path.of("state/here").toAbsolutePath());
  }

  @Test
  void channelsGetTheirDefaults() throws Exception {
    Path config = write("""
        alerts:
          - type: console
          - type: console
            name: console-2
          - type: console
          - type: pagerduty
            integration_key: k
          - type: email
            smtp_server: smtp.example.com
            from: a@example.com
            to: b@example.com, c@example.com
        """);

    MonitorSettings s = ConfigLoader.load(Map.of("config", config.toString()), Map.of());

    assertThat(s.alerts()).extracting(ChannelSettings::name)
        .containsExactly("console", "console-2", "console-3", "pagerduty", "email");
    assertThat(((ChannelSettings.PagerDuty) s.alerts().get(3)).url())
        .isEqualTo("https://events.pagerduty.com/v2/enqueue");
    assertThat(s.alerts().get(4)).isEqualTo(new ChannelSettings.Email("email", "smtp.example.com", 587,
        "a@example.com", java.util.List.of("b@example.com", "c@example.com"), null, null, true));
  }

  @Test
  void theProbeTimeoutMayEqualTheInterval() throws Exception {
    MonitorSettings s = ConfigLoader.load(
        Map.of("health-check-interval", "500ms", "probe-timeout", "500ms"), Map.of());

    assertThat(s.probe().probeTimeout()).isEqualTo(Duration.ofMillis(500));
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("config.yaml"), yaml);
  }
}
