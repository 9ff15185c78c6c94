package io.etcdmonitor.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code alert_rules:} part of {@link SettingsRenderer}'s output: the entries as written, keys in order. */
final class AlertRulesYaml {
  private AlertRulesYaml() {}

  static String render(Map<String, AlertRuleSettings> rules) {
    if (rules.isEmpty()) {
      return "alert_rules: {}\n";
    }
    StringBuilder out = new StringBuilder("alert_rules:\n");
    rules.forEach((name, rule) -> {
      List<String> keys = keys(rule);
      out.append("  ").append(name).append(':').append(keys.isEmpty() ? " {}" : "").append('\n');
      keys.forEach(k -> out.append("    ").append(k).append('\n'));
    });
    return out.toString();
  }

  /** {@code etcdNoLeader(enabled=false,for=10s)}, for the one-line startup log. */
  static String oneLine(Map<String, AlertRuleSettings> rules) {
    List<String> parts = new ArrayList<>();
    rules.forEach((name, rule) -> parts.add(name + "(" + String.join(",", keys(rule)).replace(": ", "=") + ")"));
    return String.join(",", parts);
  }

  private static List<String> keys(AlertRuleSettings rule) {
    List<String> keys = new ArrayList<>();
    put(keys, "enabled", rule.enabled());
    put(keys, "for", rule.forDuration());
    put(keys, "warning", rule.warning());
    put(keys, "critical", rule.critical());
    return keys;
  }

  private static void put(List<String> keys, String key, Object value) {
    if (value != null) {
      keys.add(key + ": " + SettingsRenderer.scalar(value));
    }
  }
}
