package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret, wherever it was given, never shows in toString(), rendered settings or a configuration problem. */
class SecretMaskingTest {
  static final String SECRET = "S3CR3T-x9q7-do-not-leak";
  static final String SECRET_URL = "https://hooks.example.com/" + SECRET;
  static final Map<String, String> ENV = Map.of("SECRET_VALUE", SECRET, "SECRET_URL", SECRET_URL);

  @TempDir Path dir;

  @BeforeEach
  void secretFiles() throws IOException {
    Files.writeString(dir.resolve("secret"), SECRET + "\n");
    Files.writeString(dir.resolve("secret-url"), "  " + SECRET_URL + "\n");
  }

  @Test
  void loadedSecretsAreRevealedOnlyOnRequest() throws Exception {
    LoadedConfig loaded = load("""
        alerts:
          - type: email
            smtp_server: smtp.example.com
            from: a@example.com
            to: [b@example.com]
            username: monitor
            password: %1$s
          - type: slack
            webhook_url_file: secret-url
          - type: pagerduty
            integration_key_env: SECRET_VALUE
          - type: webhook
            url_env: SECRET_URL
            bearer_token_file: secret
            hmac_secret: %1$s
        """.formatted(SECRET));
    MonitorSettings s = loaded.settings();

    assertThat(((ChannelSettings.Email) s.alerts().get(0)).password().reveal()).isEqualTo(SECRET);
    assertThat(((ChannelSettings.Slack) s.alerts().get(1)).webhookUrl().reveal()).isEqualTo(SECRET_URL);
    assertThat(((ChannelSettings.PagerDuty) s.alerts().get(2)).integrationKey().reveal()).isEqualTo(SECRET);
    ChannelSettings.Webhook webhook = (ChannelSettings.Webhook) s.alerts().get(3);
    assertThat(List.of(webhook.url().reveal(), webhook.bearerToken().reveal(), webhook.hmacSecret().reveal()))
        .containsExactly(SECRET_URL, SECRET, SECRET);
    for (String shown : List.of(s.toString(), loaded.toString(), SettingsRenderer.yaml(s),
        SettingsRenderer.yaml(loaded), SettingsRenderer.oneLine(s), s.alerts().toString())) {
      assertThat(shown).doesNotContain(SECRET).doesNotContain("x9q7");
    }
    assertThat(SettingsRenderer.yaml(s)).contains("password: \"<secret>\"", "webhook_url_file: ",
        "integration_key_env: SECRET_VALUE", "url_env: SECRET_URL", "hmac_secret: \"<secret>\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "webhook_url: %s",
      "webhook_url: [%s]",
      "webhook_url: {a: %s}",
      "webhook_url_env: SECRET_VALUE",
      "webhook_url_file: secret",
      "webhook_url: %s\n    webhook_url_env: SECRET_URL",
      "webhook_url: https://hooks.example.com/x\n    chanel: %s",
      "webhook_url: https://hooks.example.com/x\n    webhook_url_env: %s",
      "webhook_url: https://hooks.example.com/x\n    webhook_ulr: %s",
      "webhook_url_env: %s",
      "webhook_url_file: %s"})
  void problemsNeverShowTheSecret(String slackKeys) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load("""
        alerts:
          - type: slack
            %s
        """.formatted(slackKeys.formatted(SECRET))));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).doesNotContain(SECRET);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain(SECRET));
  }

  @Test
  void aVariableOrFileNameThatMayBeTheSecretIsHidden() {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load("""
        alerts:
          - type: email
            smtp_server: smtp.example.com
            from: a@example.com
            to: [b@example.com]
            username: monitor
            password_env: hunter2
          - type: pagerduty
            integration_key_file: hunter2
          - type: pagerduty
            integration_key_env: PAGERDUTY_KEY
        """));

    assertThat(e.getMessage()).isEqualTo("""
        alerts[0].password_env: names a variable that is not set (name hidden: it does not look like a variable \
        name, so it may be the secret itself)
        alerts[1].integration_key_file: does not exist (path hidden: it does not look like a path, so it may be \
        the secret itself)
        alerts[2].integration_key_env: PAGERDUTY_KEY is not set""");
  }

  @Test
  void aSecretToStringsAsAPlaceholder() {
    assertThat(Secret.of(SECRET)).hasToString("<secret>");
    assertThat(Secret.fromEnv(SECRET, "X")).hasToString("<secret>");
    assertThat(Secret.fromFile(SECRET, Path.of("/run/secrets/x"))).hasToString("<secret>");
  }

  private LoadedConfig load(String yaml) throws IOException, ConfigException {
    Path config = Files.writeString(dir.resolve("config.yaml"), yaml);
    return ConfigLoader.loadDetailed(Map.of("config", config.toString()), ENV);
  }
}
