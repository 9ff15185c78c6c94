package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The mappings a config file may contain, derived from the {@link SettingKey} paths, and the check that the file
 * has no other keys. An unknown key is an error because a misspelt key would otherwise leave its default in
 * force without a word.
 */
final class FileShape {
  static final String ALERTS = "alerts";
  private static final Map<String, Object> ROOT = build();

  private FileShape() {}

  /** Records unknown keys (with a suggestion) and blocks that are not mappings, in file order. */
  static void check(ObjectNode root, Problems problems) {
    walk(root, ROOT, "", problems);
  }

  /** The node at a key's path, or null when absent or when a block on the way is not a mapping. */
  static JsonNode find(ObjectNode root, String path) {
    JsonNode node = root;
    for (String segment : path.split("\\.")) {
      if (!node.isObject()) {
        return null;
      }
      node = node.get(segment);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static void walk(JsonNode node, Map<String, Object> schema, String prefix, Problems problems) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String path = prefix + field.getKey();
      Object expected = schema.get(field.getKey());
      JsonNode value = field.getValue();
      if (expected == null) {
        problems.add(path, "unknown key" + suggestion(field.getKey(), schema.keySet()));
      } else if (expected instanceof Map<?, ?> block) {
        if (value.isObject()) {
          walk(value, (Map<String, Object>) block, path + ".", problems);
        } else if (!Shapes.isEmpty(value)) {
          problems.add(path, "expected a mapping, found " + Shapes.describe(value));
        }
      }
    }
  }

  /**
   * A key of this block close to {@code typed}; failing that, the path of the setting whose flag it resembles,
   * so that {@code tls.cert} and {@code api_port} lead to {@code tls.cert_file} and {@code api.port}.
   */
  private static String suggestion(String typed, Set<String> siblings) {
    String local = Suggestions.didYouMean(typed, siblings);
    if (!local.isEmpty()) {
      return local;
    }
    Map<String, String> byFlag = new LinkedHashMap<>();
    for (SettingKey key : SettingKey.values()) {
      if (key.path() != null) {
        byFlag.put(key.flag(), key.path());
      }
    }
    return Suggestions.closest(typed, byFlag.keySet()).map(f -> " (did you mean " + byFlag.get(f) + "?)").orElse("");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> build() {
    Map<String, Object> root = new LinkedHashMap<>();
    for (SettingKey key : SettingKey.values()) {
      if (key.path() == null) {
        continue;
      }
      String[] segments = key.path().split("\\.");
      Map<String, Object> level = root;
      for (int i = 0; i < segments.length - 1; i++) {
        level = (Map<String, Object>) level.computeIfAbsent(segments[i], s -> new LinkedHashMap<String, Object>());
      }
      level.put(segments[segments.length - 1], key);
    }
    root.put(ALERTS, ALERTS);
    root.put(AlertRulesParser.KEY, AlertRulesParser.KEY);
    return root;
  }
}
