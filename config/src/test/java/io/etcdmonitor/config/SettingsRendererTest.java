package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRendererTest {
  @TempDir Path dir;

  @Test
  void marksEveryValueThatDidNotComeFromTheFile() throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "api:\n  host: 127.0.0.1\ncluster:\n  vantage: v1\n");

    String yaml = SettingsRenderer.yaml(ConfigLoader.loadDetailed(
        Map.of("config", config.toString(), "api-port", "9090"), Map.of("DIAL_TIMEOUT", "3s")));

    assertThat(yaml).contains("""
        dial_timeout: 3s  # env DIAL_TIMEOUT
        """, """
        api:
          host: 127.0.0.1
          port: 9090  # --api-port
        """, """
        endpoints:  # default
          - http://localhost:2379
        """, """
          vantage: v1
          datacenter: default  # default
          seeds: []  # default
        """);
  }

  @Test
  void quotesWhatYamlWouldReadAsSomethingElse() {
    assertThat(SettingsRenderer.scalar("#etcd-alerts")).isEqualTo("\"#etcd-alerts\"");
    assertThat(SettingsRenderer.scalar("no")).isEqualTo("\"no\"");
    assertThat(SettingsRenderer.scalar("8080")).isEqualTo("\"8080\"");
    assertThat(SettingsRenderer.scalar("a: b")).isEqualTo("\"a: b\"");
    assertThat(SettingsRenderer.scalar("http://localhost:2379")).isEqualTo("http://localhost:2379");
    assertThat(SettingsRenderer.scalar(0.05)).isEqualTo("0.05");
    assertThat(SettingsRenderer.scalar(0.00001)).isEqualTo("0.00001");
  }

  @Test
  void oneLineListsEveryKeyAndTheChannels() throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), """
        cluster:
          vantage: v1
        alerts:
          - type: slack
            name: ops
            webhook_url: https://hooks.example.com/x
          - type: console
        """);

    String line = SettingsRenderer.oneLine(ConfigLoader.load(Map.of("config", config.toString()), Map.of()));

    assertThat(line).startsWith("endpoints=http://localhost:2379 dial_timeout=5s tls.insecure_skip_verify=false ")
        .contains(" api.port=8080 ", " cluster.vantage=v1 ", " cluster.seeds= ")
        .endsWith(" benchmark.interval=1h alerts=slack(ops),console(console)");
  }
}
