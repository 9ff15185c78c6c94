package io.etcdmonitor.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prints the effective settings for {@code check-config} and the startup log. Secrets never appear: one read
 * from a file or variable is shown as its {@code _file} or {@code _env} key, which is not secret and reads back
 * to the same settings; an inline one is shown as {@code "<secret>"}.
 */
public final class SettingsRenderer {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/.][A-Za-z0-9_./:@+=-]*");
  private static final Pattern NOT_A_STRING = Pattern.compile(
      "(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-f]+");

  private SettingsRenderer() {}

  /** The settings as a YAML config file. */
  public static String yaml(MonitorSettings settings) {
    return yaml(settings, Map.of());
  }

  /** The settings as a YAML config file, each value not from the file followed by where it came from. */
  public static String yaml(LoadedConfig loaded) {
    return yaml(loaded.settings(), loaded.origins());
  }

  /** The settings on one line, {@code key=value} separated by spaces, for a startup log line. */
  public static String oneLine(MonitorSettings settings) {
    List<String> parts = new ArrayList<>();
    for (SettingKey key : SettingKey.values()) {
      Object value = key.path() == null ? null : valueOf(key, settings);
      if (value != null) {
        String text = value instanceof List<?> list
            ? list.stream().map(SettingsRenderer::scalar).collect(Collectors.joining(","))
            : scalar(value);
        parts.add(key.path() + "=" + text);
      }
    }
    parts.add("alerts=" + settings.alerts().stream()
        .map(c -> c.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "(" + c.name() + ")")
        .collect(Collectors.joining(",")));
    if (!settings.alertRules().isEmpty()) {
      parts.add("alert_rules=" + AlertRulesYaml.oneLine(settings.alertRules()));
    }
    return String.join(" ", parts);
  }

  private static String yaml(MonitorSettings settings, Map<SettingKey, String> origins) {
    StringBuilder out = new StringBuilder();
    String block = "";
    for (SettingKey key : SettingKey.values()) {
      if (key.path() == null) {
        continue;
      }
      Object value = valueOf(key, settings);
      int dot = key.path().lastIndexOf('.');
      String keyBlock = dot < 0 ? "" : key.path().substring(0, dot);
      if (!keyBlock.equals(block) && !keyBlock.isEmpty()) {
        out.append(keyBlock).append(":\n");
      }
      block = keyBlock;
      if (value == null) {
        continue;
      }
      String indent = keyBlock.isEmpty() ? "" : "  ";
      String origin = origins.getOrDefault(key, "file");
      String comment = origin.equals("file") ? "" : "  # " + origin;
      out.append(indent).append(key.path().substring(dot + 1)).append(':');
      if (value instanceof List<?> list) {
        out.append(list.isEmpty() ? " []" : "").append(comment).append('\n');
        list.forEach(e -> out.append(indent).append("  - ").append(scalar(e)).append('\n'));
      } else {
        out.append(' ').append(scalar(value)).append(comment).append('\n');
      }
    }
    out.append(AlertsYaml.render(settings.alerts()));
    out.append(AlertRulesYaml.render(settings.alertRules()));
    return out.toString();
  }

  /** The value of one key in the settings, as {@link #scalar} prints it. */
  static Object valueOf(SettingKey key, MonitorSettings s) {
    return switch (key) {
      case CONFIG -> null;
      case ENDPOINTS -> s.etcd().endpoints();
      case DIAL_TIMEOUT -> s.etcd().dialTimeout();
      case TLS_CERT_FILE -> s.etcd().tls().certFile();
      case TLS_KEY_FILE -> s.etcd().tls().keyFile();
      case TLS_CA_FILE -> s.etcd().tls().caFile();
      case TLS_INSECURE_SKIP_VERIFY -> s.etcd().tls().insecureSkipVerify();
      case HEALTH_CHECK_INTERVAL -> s.probe().healthCheckInterval();
      case PROBE_TIMEOUT -> s.probe().probeTimeout();
      case METRICS_INTERVAL -> s.probe().metricsInterval();
      case MEMBERSHIP_INTERVAL -> s.probe().membershipInterval();
      case METRICS_URLS -> pairs(s.probe().metricsUrls());
      case CLIENT_URLS -> pairs(s.probe().clientUrls());
      case WRITE_PROBE -> s.probe().writeProbe();
      case LATENCY_WINDOW -> s.probe().latencyWindow();
      case MAX_LATENCY_MS -> s.alertThresholds().maxLatencyMs();
      case MAX_DATABASE_SIZE_MB -> s.alertThresholds().maxDatabaseSizeMb();
      case MIN_AVAILABLE_NODES -> s.alertThresholds().minAvailableNodes();
      case MAX_LEADER_CHANGES_PER_HOUR -> s.alertThresholds().maxLeaderChangesPerHour();
      case MAX_ERROR_RATE -> s.alertThresholds().maxErrorRate();
      case MIN_DISK_SPACE_PERCENT -> s.alertThresholds().minDiskSpacePercent();
      case API_HOST -> s.api().host();
      case API_PORT -> s.api().port();
      case MEMBER_DATACENTERS -> pairs(s.cluster().memberDatacenters());
      case VANTAGE -> s.cluster().vantage();
      case DATACENTER -> s.cluster().datacenter();
      case CLUSTER_SEEDS -> s.cluster().seeds();
      case CLUSTER_HOST -> s.cluster().host();
      case CLUSTER_PORT -> s.cluster().port();
      case LOG_LEVEL -> s.log().level();
      case LOG_FORMAT -> s.log().format();
      case DATA_DIR -> s.dataDir();
      case BENCHMARK_ENABLED -> s.benchmark().enabled();
      case BENCHMARK_INTERVAL -> s.benchmark().interval();
    };
  }

  private static List<String> pairs(Map<String, String> byName) {
    return byName.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  static String scalar(Object value) {
    if (value instanceof Duration d) {
      return Durations.format(d);
    }
    if (value instanceof Double d) {
      BigDecimal decimal = BigDecimal.valueOf(d);
      return (d == Math.rint(d) ? decimal : decimal.stripTrailingZeros()).toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof LogSettings.Format f) {
      return f.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof Secret) {
      return Origin.quote(value.toString());
    }
    String text = value instanceof Path p ? p.toString() : (String) value;
    boolean plain = PLAIN.matcher(text).matches() && !NOT_A_STRING.matcher(text).matches() && !text.endsWith(":");
    return plain ? text : Origin.quote(text);
  }
}
