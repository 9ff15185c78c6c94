package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code examples/} is a valid configuration, and says what it claims to say. */
class ExamplesTest {
  static final Path EXAMPLES = Path.of("examples");
  /** The variables the examples' {@code *_env} keys name, as an operator would export them. */
  static final Map<String, String> ENV = Map.of(
      "SMTP_PASSWORD", "example-smtp-password",
      "PAGERDUTY_INTEGRATION_KEY", "example-pagerduty-key",
      "WEBHOOK_BEARER_TOKEN", "example-bearer-token");

  static Stream<Path> examples() throws IOException {
    return Files.list(EXAMPLES).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  static MonitorSettings load(String name) throws ConfigException {
    return ConfigLoader.load(Map.of("config", EXAMPLES.resolve(name).toString()), ENV);
  }

  @Test
  void theDirectoryHoldsTheDocumentedExamples() throws IOException {
    assertThat(examples().map(p -> p.getFileName().toString())).containsExactly(
        "agent.yaml", "alerts.yaml", "coordinator.yaml", "full.yaml", "minimal.yaml", "tls.yaml");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void validates(Path example) throws ConfigException {
    ConfigLoader.load(Map.of("config", example.toString()), ENV);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void rendersToYamlThatLoadsBackToTheSameSettings(Path example, @TempDir Path dir)
      throws ConfigException, IOException {
    MonitorSettings settings = ConfigLoader.load(Map.of("config", example.toString()), ENV);
    Path rendered = Files.writeString(dir.resolve("rendered.yaml"), SettingsRenderer.yaml(settings));

    assertThat(ConfigLoader.load(Map.of("config", rendered.toString()), ENV)).isEqualTo(settings);
  }

  @Test
  void minimalKeepsEveryDefault() throws ConfigException {
    MonitorSettings s = load("minimal.yaml");

    assertThat(s.etcd().endpoints()).containsExactly("http://localhost:2379");
    assertThat(s.probe().healthCheckInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.api()).isEqualTo(new ApiSettings("0.0.0.0", 8080));
    assertThat(s.alertThresholds()).isEqualTo(new AlertThresholds(100, 8192, 2, 3, 0.05, 10.0));
    assertThat(s.alerts()).isEmpty();
    assertThat(s.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
  }

  @Test
  void fullHasEveryChannelTypeWithSecretsFromFilesAndVariables() throws ConfigException {
    MonitorSettings s = load("full.yaml");

    assertThat(s.alerts()).extracting(ChannelSettings::name)
        .containsExactly("stdout", "ops-mail", "etcd-alerts", "pager", "automation");
    ChannelSettings.Email email = (ChannelSettings.Email) s.alerts().get(1);
    assertThat(email.password().reveal()).isEqualTo("example-smtp-password");
    assertThat(email.password().file()).contains(EXAMPLES.resolve("secrets/smtp-password").toAbsolutePath());
    ChannelSettings.PagerDuty pager = (ChannelSettings.PagerDuty) s.alerts().get(3);
    assertThat(pager.integrationKey().envVariable()).contains("PAGERDUTY_INTEGRATION_KEY");
    assertThat(pager.url()).isEqualTo("https://events.pagerduty.com/v2/enqueue");
    assertThat(s.dataDir()).isEqualTo(Path.of("/var/lib/etcd-monitor"));
  }

  @Test
  void fullNamesEveryKeyOfTheRegistry() throws IOException {
    String full = Files.readString(EXAMPLES.resolve("full.yaml"));

    for (SettingKey key : SettingKey.values()) {
      if (key.path() != null) {
        String leaf = key.path().substring(key.path().lastIndexOf('.') + 1);
        assertThat(full).as(key.path()).containsPattern("(?m)^\\s*" + leaf + ":");
      }
    }
  }

  @Test
  void tlsTurnsBareEndpointsIntoHttpsAndResolvesFilesNextToTheConfig() throws ConfigException {
    MonitorSettings s = load("tls.yaml");

    assertThat(s.etcd().endpoints()).containsExactly(
        "https://etcd1.example.com:2379", "https://etcd2.example.com:2379", "https://etcd3.example.com:2379");
    assertThat(s.etcd().tls().caFile()).isEqualTo(EXAMPLES.resolve("tls/ca.pem").toAbsolutePath());
  }

  @Test
  void alertsReadsSecretsFromTheirFilesAndVariables() throws ConfigException {
    List<ChannelSettings> alerts = load("alerts.yaml").alerts();

    assertThat(alerts).extracting(ChannelSettings::name)
        .containsExactly("console", "etcd-alerts", "oncall-mail", "pager", "automation");
    ChannelSettings.Slack slack = (ChannelSettings.Slack) alerts.get(1);
    assertThat(slack.webhookUrl().reveal()).startsWith("https://hooks.slack.com/services/");
    assertThat(slack.channel()).isEqualTo("#etcd-alerts");
    ChannelSettings.Webhook webhook = (ChannelSettings.Webhook) alerts.get(4);
    assertThat(webhook.bearerToken().reveal()).isEqualTo("example-bearer-token");
    assertThat(webhook.hmacSecret().reveal()).isEqualTo("example-hmac-secret");
  }

  @Test
  void agentAndCoordinatorJoinTheSameSeeds() throws ConfigException {
    MonitorSettings agent = load("agent.yaml");
    MonitorSettings coordinator = load("coordinator.yaml");

    assertThat(agent.cluster().seeds()).isEqualTo(coordinator.cluster().seeds())
        .containsExactly("10.0.0.21:25520", "10.0.0.22:25520");
    assertThat(agent.probe().probeTimeout()).isEqualTo(Duration.ofMillis(800));
    assertThat(agent.log().format()).isEqualTo(LogSettings.Format.JSON);
    assertThat(coordinator.alerts()).extracting(ChannelSettings::name).containsExactly("slack", "pagerduty");
  }
}
