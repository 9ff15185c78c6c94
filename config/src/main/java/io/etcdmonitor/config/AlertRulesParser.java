package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses {@code alert_rules:}, a mapping of rule name to {@code enabled}, {@code for}, {@code warning} and
 * {@code critical}. Rule names and keys are checked against {@link AlertRuleCatalog}: a misspelt name or a
 * threshold the rule does not have is an error with a suggestion, never a setting silently ignored.
 */
final class AlertRulesParser {
  static final String KEY = "alert_rules";

  private final Origin origin;
  private final Problems problems;
  private final Converter converter;

  AlertRulesParser(Origin origin, Problems problems) {
    this.origin = origin;
    this.problems = problems;
    this.converter = new Converter(problems);
  }

  Map<String, AlertRuleSettings> parse(JsonNode rules) {
    Map<String, AlertRuleSettings> out = new LinkedHashMap<>();
    if (Shapes.isEmpty(rules)) {
      return out;
    }
    if (!rules.isObject()) {
      problems.add(KEY, "expected a mapping of rule names, found " + Shapes.describe(rules));
      return out;
    }
    for (Map.Entry<String, JsonNode> entry : rules.properties()) {
      String at = KEY + "." + entry.getKey();
      AlertRuleCatalog.Spec spec = AlertRuleCatalog.spec(entry.getKey()).orElse(null);
      if (spec == null) {
        problems.add(at, "unknown alert rule" + Suggestions.didYouMean(entry.getKey(), AlertRuleCatalog.names()));
        continue;
      }
      AlertRuleSettings settings = entry(spec, entry.getValue(), at);
      if (settings != null) {
        out.put(spec.name(), settings);
      }
    }
    return out;
  }

  private AlertRuleSettings entry(AlertRuleCatalog.Spec spec, JsonNode node, String at) {
    if (Shapes.isEmpty(node)) {
      return new AlertRuleSettings(null, null, null, null);
    }
    if (!node.isObject()) {
      problems.add(at, "expected a mapping with " + String.join(", ", spec.keys()) + ", found "
          + Shapes.describe(node));
      return null;
    }
    int before = problems.size();
    for (String key : node.properties().stream().map(Map.Entry::getKey).toList()) {
      if (!spec.keys().contains(key)) {
        problems.add(at + "." + key, unknownKey(spec, key));
      }
    }
    Boolean enabled = (Boolean) value(node, "enabled", ValueType.BOOLEAN, at);
    Duration forDuration = (Duration) value(node, "for", ValueType.DURATION_OR_ZERO, at);
    Double warning = level(spec, node, "warning", at);
    Double critical = level(spec, node, "critical", at);
    return problems.size() == before ? new AlertRuleSettings(enabled, forDuration, warning, critical) : null;
  }

  private static String unknownKey(AlertRuleCatalog.Spec spec, String key) {
    if (key.equals("warning") || key.equals("critical")) {
      return "unknown key; " + spec.name() + " has no " + key + " threshold (keys: " + String.join(", ", spec.keys())
          + ")";
    }
    return "unknown key" + Suggestions.didYouMean(key, spec.keys());
  }

  private Object value(JsonNode node, String key, ValueType type, String at) {
    return node.has(key) ? converter.convert(type, new RawValue(node.get(key), origin), at + "." + key) : null;
  }

  private Double level(AlertRuleCatalog.Spec spec, JsonNode node, String key, String at) {
    if (!spec.keys().contains(key)) {
      return null;
    }
    Double value = (Double) value(node, key, ValueType.NON_NEGATIVE_NUMBER, at);
    if (value != null && value > spec.max()) {
      problems.add(at + "." + key, new RawValue(node.get(key), origin).show() + " is out of range 0.."
          + number(spec.max()));
      return null;
    }
    return value;
  }

  /**
   * For each entry that sets a level, the warning must be reached before the critical one, counting the levels
   * it does not set at their defaults.
   */
  static void checkLevels(AlertThresholds thresholds, Map<String, AlertRuleSettings> overrides, Problems problems) {
    Map<String, EffectiveRule> effective = AlertRuleCatalog.resolve(thresholds, overrides);
    for (Map.Entry<String, AlertRuleSettings> entry : overrides.entrySet()) {
      AlertRuleSettings set = entry.getValue();
      EffectiveRule rule = effective.get(entry.getKey());
      AlertRuleCatalog.Spec spec = AlertRuleCatalog.spec(entry.getKey()).orElseThrow();
      if ((set.warning() == null && set.critical() == null) || rule.warning() == null || rule.critical() == null
          || AlertRuleCatalog.before(spec, rule.warning(), rule.critical())) {
        continue;
      }
      problems.add(KEY + "." + entry.getKey(), "warning " + shown(rule.warning(), set.warning(), spec.warning())
          + " must be " + (spec.higherIsWorse() ? "below" : "above") + " critical "
          + shown(rule.critical(), set.critical(), spec.critical()));
    }
  }

  private static String shown(double value, Double set, AlertRuleCatalog.Threshold threshold) {
    String text = number(value);
    if (set != null) {
      return text;
    }
    return text + (threshold.source() == null ? " (the default)" : " (from " + threshold.source() + ")");
  }

  /** {@code 100}, {@code 0.5}: the number as a person would write it. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
