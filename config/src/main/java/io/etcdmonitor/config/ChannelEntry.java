package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the keys of one {@code alerts:} entry, recording problems under the entry's label
 * ({@code alerts[0] (slack)}) for missing keys and under the key's path ({@code alerts[0].smtp_port}) for bad
 * values.
 */
final class ChannelEntry {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+");

  private final JsonNode node;
  private final String label;
  private final String prefix;
  private final Origin origin;
  private final Problems problems;
  private final Converter converter;
  private final Secrets secrets;
  private final int problemsBefore;

  ChannelEntry(int index, String type, JsonNode node, Origin origin, Problems problems, Secrets secrets) {
    this.node = node;
    this.label = "alerts[" + index + "] (" + type + ")";
    this.prefix = "alerts[" + index + "].";
    this.origin = origin;
    this.problems = problems;
    this.converter = new Converter(problems);
    this.secrets = secrets;
    this.problemsBefore = problems.size();
  }

  /** True when reading this entry recorded no problem. */
  boolean ok() {
    return problems.size() == problemsBefore;
  }

  boolean has(String key) {
    return node.has(key);
  }

  /** Records a problem about the entry as a whole, such as a missing key. */
  void problem(String message) {
    problems.add(label, message);
  }

  /** The value of {@code key} as {@code type}, {@code fallback} when absent, null when required and absent. */
  Object value(String key, ValueType type, Object fallback, boolean required) {
    if (!node.has(key)) {
      if (required) {
        problem(key + " is required");
      }
      return fallback;
    }
    return converter.convert(type, new RawValue(node.get(key), origin), prefix + key);
  }

  String text(String key, boolean required) {
    return (String) value(key, ValueType.TEXT, null, required);
  }

  Secret secret(String key, boolean required) {
    return secrets.read(node, key, required, label, prefix, new RawValue(node, origin));
  }

  /** A secret that must be an http(s) URL; the value is never shown, only where it came from. */
  Secret urlSecret(String key) {
    Secret secret = secret(key, true);
    if (secret != null && !Urls.isHttp(secret.reveal())) {
      String where = secret.file().map(f -> prefix + key + "_file")
          .or(() -> secret.envVariable().map(v -> prefix + key + "_env")).orElse(prefix + key);
      String what = secret.file().map(f -> "the content of " + Origin.quote(node.get(key + "_file").asText()))
          .or(() -> secret.envVariable().map(v -> "the value of " + v)).orElse("the value");
      problems.add(where, what + " is not an http:// or https:// URL");
      return null;
    }
    return secret;
  }

  String url(String key, String fallback) {
    String text = (String) value(key, ValueType.TEXT, fallback, false);
    if (text != null && !Urls.isHttp(text)) {
      problems.add(prefix + key, Origin.quote(text) + " is not an http:// or https:// URL");
      return null;
    }
    return text;
  }

  String address(String key) {
    String text = text(key, true);
    if (text != null && !EMAIL.matcher(text).matches()) {
      problems.add(prefix + key, Origin.quote(text) + " is not an email address");
      return null;
    }
    return text;
  }

  List<String> addresses(String key) {
    if (!node.has(key)) {
      problem(key + " is required");
      return List.of();
    }
    JsonNode list = node.get(key);
    if (list.isObject()) {
      problems.add(prefix + key, "expected a list of email addresses, found a mapping");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<JsonNode> elements = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(elements::add);
    } else if (!Shapes.isEmpty(list)) {
      for (String part : list.asText().split(",")) {
        elements.add(JsonNodeFactory.instance.textNode(part.strip()));
      }
    }
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      String at = prefix + key + "[" + i + "]";
      if (!element.isTextual()) {
        problems.add(at, "expected an email address, found " + Shapes.describe(element));
      } else if (!EMAIL.matcher(element.asText().strip()).matches()) {
        problems.add(at, Origin.quote(element.asText()) + " is not an email address");
      } else {
        out.add(element.asText().strip());
      }
    }
    if (elements.isEmpty()) {
      problems.add(prefix + key, "needs at least one address");
    }
    return out;
  }
}
