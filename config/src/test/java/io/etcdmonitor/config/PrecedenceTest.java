package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every setting: a flag beats a variable, which beats the file, which beats the default. */
class PrecedenceTest {
  @TempDir Path dir;

  static Stream<SettingKey> keys() {
    return Stream.of(SettingKey.values()).filter(k -> k != SettingKey.CONFIG);
  }

  @ParameterizedTest
  @MethodSource("keys")
  void eachLayerOverridesTheOneBelow(SettingKey key) throws Exception {
    List<String> v = samples(key);
    String file = v.get(0);
    String env = v.get(1);
    String flag = v.get(2);
    String bare = key.envNames().get(1);

    assertWins(key, Map.of(), Map.of(), file, file, "file");
    assertWins(key, Map.of(), Map.of(bare, env), file, env, "env " + bare);
    assertWins(key, Map.of(key.flag(), flag), Map.of(bare, env), file, flag, "--" + key.flag());
    assertWins(key, Map.of(key.flag(), flag), Map.of(), null, flag, "--" + key.flag());
    assertWins(key, Map.of(), Map.of(bare, env), null, env, "env " + bare);
  }

  @ParameterizedTest
  @MethodSource("keys")
  void withNothingSetTheDefaultHolds(SettingKey key) throws Exception {
    LoadedConfig loaded = ConfigLoader.loadDetailed(Map.of(), Map.of());

    assertThat(loaded.origins()).containsEntry(key, "default");
    Object value = SettingsRenderer.valueOf(key, loaded.settings());
    if (key.defaultValue() != null && !key.type().isList() && key.type() != ValueType.PATH) {
      assertThat(SettingsRenderer.scalar(value)).isEqualTo(key.defaultValue());
    }
  }

  @Test
  void thePrefixedVariableBeatsTheBareOne() throws ConfigException {
    MonitorSettings s = ConfigLoader.load(Map.of(), Map.of("ETCD_MONITOR_API_PORT", "9001", "API_PORT", "9002"));

    assertThat(s.api().port()).isEqualTo(9001);
  }

  @Test
  void anEmptyVariableCountsAsUnset() throws ConfigException {
    MonitorSettings s = ConfigLoader.load(Map.of(), Map.of("ETCD_MONITOR_API_PORT", "", "API_PORT", "9002"));

    assertThat(s.api().port()).isEqualTo(9002);
  }

  @Test
  void aFlagReplacesTheWholeListFromTheFile() throws Exception {
    Path config = Files.writeString(dir.resolve("c.yaml"), "endpoints: [a:1, b:2]\ncluster:\n  seeds: [s:1]\n");

    MonitorSettings s = ConfigLoader.load(
        Map.of("config", config.toString(), "endpoints", "c:3", "cluster-seeds", ""), Map.of());

    assertThat(s.etcd().endpoints()).containsExactly("http://c:3");
    assertThat(s.cluster().seeds()).isEmpty();
  }

  @Test
  void theDefaultVantageIsThisHostsName() throws ConfigException {
    assertThat(ConfigLoader.load(Map.of(), Map.of()).cluster().vantage())
        .isEqualTo(ConfigLoader.localHostName()).isNotBlank();
  }

  private void assertWins(SettingKey key, Map<String, String> flags, Map<String, String> env, String fileValue,
      String expected, String origin) throws Exception {
    Map<String, String> allFlags = new HashMap<>(flags);
    ObjectNode root = new ObjectMapper().createObjectNode();
    companions(key).forEach((k, value) -> put(root, k.path(), value));
    if (fileValue != null) {
      put(root, key.path(), fileValue);
    }
    Path config = dir.resolve("config.yaml");
    new ObjectMapper(new YAMLFactory()).writeValue(config.toFile(), root);
    allFlags.put("config", config.toString());

    LoadedConfig loaded = ConfigLoader.loadDetailed(allFlags, env);

    assertThat(shown(SettingsRenderer.valueOf(key, loaded.settings()))).as(key + " from " + origin)
        .isEqualTo(canonical(key, expected));
    assertThat(loaded.origins()).containsEntry(key, origin);
  }

  /** Three distinct valid values (for the file, a variable and a flag) that pass the checks between keys. */
  private List<String> samples(SettingKey key) throws IOException {
    if (key == SettingKey.PROBE_TIMEOUT) {
      return List.of("200ms", "300ms", "400ms");
    }
    if (key == SettingKey.DATA_DIR) {
      return List.of(dirNamed("d1"), dirNamed("d2"), dirNamed("d3"));
    }
    return switch (key.type()) {
      case DURATION, DURATION_OR_ZERO -> List.of("2s", "3s", "4s");
      case ENDPOINTS, HOST_PORTS -> List.of("a:1", "b:2,c:3", "d:4");
      case NAMED_URLS -> List.of("m1=http://a:1/metrics", "m2=http://b:2/metrics,m3=http://c:3/metrics",
          "m4=http://d:4/metrics");
      case NAMED_ENDPOINTS -> List.of("m1=http://a:1", "m2=http://b:2,m3=https://c:3", "m4=http://d:4");
      case NAMED_DATACENTERS -> List.of("m1=dc1", "m2=dc2,m3=dc3", "m4=dc4");
      case PATH -> List.of(fileNamed("f1"), fileNamed("f2"), fileNamed("f3"));
      case BOOLEAN -> List.of("true", "false", "true");
      case PORT, PORT_OR_ZERO -> List.of("1001", "1002", "1003");
      case POSITIVE_INT, NON_NEGATIVE_INT, POSITIVE_LONG -> List.of("11", "12", "13");
      case FRACTION -> List.of("0.1", "0.2", "0.3");
      case PERCENT, NON_NEGATIVE_NUMBER -> List.of("11.5", "12.5", "13.5");
      case HOST -> List.of("h1.example", "h2.example", "h3.example");
      case NAME, TEXT -> List.of("n1", "n2", "n3");
      case LOG_LEVEL -> List.of("debug", "warn", "error");
      case LOG_FORMAT -> List.of("json", "text", "json");
    };
  }

  /** Settings the key under test needs from the file to be valid: a certificate needs its key. */
  private Map<SettingKey, String> companions(SettingKey key) throws IOException {
    if (key == SettingKey.TLS_CERT_FILE) {
      return Map.of(SettingKey.TLS_KEY_FILE, fileNamed("key"));
    }
    return key == SettingKey.TLS_KEY_FILE ? Map.of(SettingKey.TLS_CERT_FILE, fileNamed("cert")) : Map.of();
  }

  private static String canonical(SettingKey key, String value) {
    if (key.type() == ValueType.ENDPOINTS) {
      return Stream.of(value.split(",")).map(e -> "http://" + e).collect(Collectors.joining(","));
    }
    return value;
  }

  private static String shown(Object value) {
    return value instanceof List<?> list
        ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
        : SettingsRenderer.scalar(value);
  }

  private static void put(ObjectNode root, String path, String value) {
    String[] segments = path.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < segments.length - 1; i++) {
      node = node.has(segments[i]) ? (ObjectNode) node.get(segments[i]) : node.putObject(segments[i]);
    }
    node.put(segments[segments.length - 1], value);
  }

  private String fileNamed(String name) throws IOException {
    Path file = dir.resolve(name + ".pem");
    if (!Files.exists(file)) {
      Files.writeString(file, "stand-in");
    }
    return file.toString();
  }

  private String dirNamed(String name) throws IOException {
    return Files.createDirectories(dir.resolve(name)).toString();
  }
}
