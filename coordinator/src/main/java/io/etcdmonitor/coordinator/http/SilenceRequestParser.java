package io.etcdmonitor.coordinator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.coordinator.alerting.engine.Matcher;
import io.etcdmonitor.coordinator.alerting.engine.SilenceRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the body of {@code POST /api/v1/alerts/silences}, Alertmanager's shape plus a Go-style {@code duration}:
 * {@code {"matchers":[{"name","value","isRegex","isEqual"}], "duration":"2h" | "endsAt":"...", "startsAt",
 * "createdBy", "comment"}}. Anything else is refused with the reason, since a silence that mutes the wrong alerts
 * is worse than none.
 */
final class SilenceRequestParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS = List.of("matchers", "duration", "startsAt", "endsAt", "createdBy",
      "comment");
  private static final List<String> MATCHER_FIELDS = List.of("name", "value", "isRegex", "isEqual");
  private static final Pattern DURATION = Pattern.compile("(-?)((?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+)");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
  private static final Map<String, Long> UNIT_MILLIS = Map.of("ms", 1L, "s", 1000L, "m", 60_000L, "h", 3_600_000L);

  private SilenceRequestParser() {}

  /** The request; throws IllegalArgumentException with a reason a client can act on. */
  static SilenceRequest parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage().lines().findFirst()
          .orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object with matchers and a duration or endsAt");
    }
    unknownFields(root, FIELDS, "");
    JsonNode matchers = root.get("matchers");
    if (matchers == null || !matchers.isArray()) {
      throw new IllegalArgumentException("matchers must be a list of {name, value, isRegex, isEqual}");
    }
    List<Matcher> parsed = new ArrayList<>();
    for (int i = 0; i < matchers.size(); i++) {
      parsed.add(matcher(matchers.get(i), "matchers[" + i + "]"));
    }
    return new SilenceRequest(parsed, instant(root, "startsAt"), instant(root, "endsAt"), duration(root),
        text(root, "createdBy", ""), text(root, "comment", ""));
  }

  private static Matcher matcher(JsonNode node, String at) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(at + " must be an object {name, value, isRegex, isEqual}");
    }
    unknownFields(node, MATCHER_FIELDS, at + ": ");
    String name = text(node, "name", null);
    String value = text(node, "value", null);
    if (name == null || value == null) {
      throw new IllegalArgumentException(at + " needs a name and a value");
    }
    try {
      return new Matcher(name, value, bool(node, "isRegex", false, at), bool(node, "isEqual", true, at));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static void unknownFields(JsonNode node, List<String> known, String at) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        throw new IllegalArgumentException(at + "unknown field '" + field.getKey() + "' (fields: "
            + String.join(", ", known) + ")");
      }
    }
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asText();
  }

  private static boolean bool(JsonNode node, String field, boolean fallback, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(at + ": " + field + " must be true or false");
    }
    return value.asBoolean();
  }

  private static Instant instant(JsonNode node, String field) {
    String text = text(node, field, null);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " '" + text + "' is not a time such as 2026-11-24T14:00:00Z");
    }
  }

  /** A Go-style duration ({@code 90m}, {@code 1h30m}); a negative one is read, and refused as not positive. */
  private static Duration duration(JsonNode node) {
    String text = text(node, "duration", null);
    if (text == null) {
      return null;
    }
    java.util.regex.Matcher whole = DURATION.matcher(text.strip());
    if (!whole.matches()) {
      throw new IllegalArgumentException("duration '" + text + "' is not a duration (examples: 30m, 2h, 1h30m)");
    }
    BigDecimal millis = BigDecimal.ZERO;
    java.util.regex.Matcher part = PART.matcher(whole.group(2));
    while (part.find()) {
      millis = millis.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(UNIT_MILLIS.get(part.group(2)))));
    }
    Duration d = Duration.ofMillis(millis.longValue());
    return whole.group(1).isEmpty() ? d : d.negated();
  }
}
