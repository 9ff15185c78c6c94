package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the shape of a YAML node for "expected X, found Y" messages. */
final class Shapes {
  private Shapes() {}

  static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isTextual()) {
      return "a string";
    }
    return node.isNumber() ? "a number" : node.isBoolean() ? "true/false" : "nothing";
  }

  /** True for a key written with nothing after it ({@code tls:}), which means an empty block. */
  static boolean isEmpty(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() || (node.isTextual() && node.asText().isBlank());
  }
}
