package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a {@link RawValue} into the Java value of its {@link ValueType}, or records why it cannot, in the user's
 * terms. Used for the registry's keys and for the typed keys of alert channels alike.
 */
final class Converter {
  static final List<String> LOG_LEVELS = List.of("trace", "debug", "info", "warn", "error");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  private final Problems problems;

  Converter(Problems problems) {
    this.problems = problems;
  }

  /** The converted value, or null after recording a problem at {@code path}. */
  Object convert(ValueType type, RawValue raw, String path) {
    if (type.isList()) {
      return list(type, raw, path);
    }
    String text = scalarText(type, raw, path);
    if (text == null) {
      return null;
    }
    try {
      return scalar(type, text, raw);
    } catch (BadValue e) {
      problems.bad(path, raw, e);
      return null;
    }
  }

  /** The text of a scalar node, or null after recording why there is none. */
  private String scalarText(ValueType type, RawValue raw, String path) {
    JsonNode node = raw.node();
    if (node.isContainerNode()) {
      problems.add(path, "expected " + type.noun() + ", found " + Shapes.describe(node));
      return null;
    }
    if (node.isBoolean() && type != ValueType.BOOLEAN) {
      problems.add(path, "expected " + type.noun() + ", found " + node.asText()
          + " (YAML reads yes/no/on/off as true/false; quote the value)");
      return null;
    }
    if (node.isNull() || node.asText().isBlank()) {
      problems.add(path, raw.origin().isFile() ? "has no value" : raw.origin().label() + " has no value");
      return null;
    }
    return node.asText().strip();
  }

  private Object scalar(ValueType type, String text, RawValue raw) throws BadValue {
    return switch (type) {
      case DURATION -> positive(Durations.parse(text));
      case DURATION_OR_ZERO -> notNegative(Durations.parse(text));
      case PATH -> path(text, raw);
      case BOOLEAN -> bool(text);
      case PORT -> (int) range(integer(text), 1, 65535);
      case PORT_OR_ZERO -> (int) range(integer(text), 0, 65535);
      case POSITIVE_INT -> (int) atLeast(integer(text), 1, Integer.MAX_VALUE);
      case NON_NEGATIVE_INT -> (int) atLeast(integer(text), 0, Integer.MAX_VALUE);
      case POSITIVE_LONG -> atLeast(integer(text), 1, Long.MAX_VALUE);
      case FRACTION -> range(decimal(text), 1);
      case PERCENT -> range(decimal(text), 100);
      case NON_NEGATIVE_NUMBER -> notNegative(decimal(text));
      case HOST -> Addresses.host(text);
      case NAME -> name(text);
      case TEXT -> text;
      case LOG_LEVEL -> oneOf(text.toLowerCase(Locale.ROOT), LOG_LEVELS);
      case LOG_FORMAT -> LogSettings.Format.valueOf(oneOf(text.toLowerCase(Locale.ROOT), List.of("text", "json"))
          .toUpperCase(Locale.ROOT));
      case ENDPOINTS, HOST_PORTS, NAMED_URLS, NAMED_ENDPOINTS, NAMED_DATACENTERS ->
          throw new IllegalArgumentException("not a scalar type: " + type);
    };
  }

  private List<Object> list(ValueType type, RawValue raw, String path) {
    JsonNode node = raw.node();
    if (node.isObject()) {
      problems.add(path, "expected " + type.noun() + ", found a mapping");
      return null;
    }
    List<JsonNode> elements = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(elements::add);
    } else if (!node.isNull()) {
      for (String part : node.asText().split(",")) {
        if (!part.isBlank()) {
          elements.add(JsonNodeFactory.instance.textNode(part.strip()));
        }
      }
    }
    List<Object> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      String at = path + "[" + i + "]";
      if (element.isContainerNode() || element.isNull() || element.isBoolean()) {
        problems.add(at, "expected a string, found " + Shapes.describe(element));
        ok = false;
        continue;
      }
      String text = element.asText().strip();
      try {
        Object value = switch (type) {
          case ENDPOINTS -> Addresses.endpoint(text);
          case NAMED_URLS -> Addresses.namedUrl(text);
          case NAMED_ENDPOINTS -> Addresses.namedEndpoint(text);
          case NAMED_DATACENTERS -> memberDatacenter(text);
          default -> Addresses.hostPort(text);
        };
        String identity = identity(value);
        Integer first = seen.putIfAbsent(identity.toLowerCase(Locale.ROOT), i);
        if (first != null) {
          throw new BadValue("repeats " + path + "[" + first + "]");
        }
        out.add(value);
      } catch (BadValue e) {
        problems.add(at, raw.origin().showElement(text) + " " + e.predicate());
        ok = false;
      }
    }
    return ok ? out : null;
  }

  /** What two elements of a list must not share: an address, or the member a {@code name=...} element is about. */
  private static String identity(Object value) {
    if (value instanceof Addresses.Endpoint e) {
      return e.host() + ":" + e.port();
    }
    if (value instanceof Addresses.NamedUrl n) {
      return n.name();
    }
    if (value instanceof Addresses.NamedEndpoint n) {
      return n.name();
    }
    if (value instanceof MemberDatacenter d) {
      return d.member();
    }
    return (String) value;
  }

  /** {@code member=datacenter}, both names. */
  private static MemberDatacenter memberDatacenter(String text) throws BadValue {
    String[] pair = Addresses.memberPair(text, "datacenter", "m1=dc1");
    if (!NAME.matcher(pair[1]).matches()) {
      throw new BadValue("has datacenter '" + pair[1] + "', which is not a valid name");
    }
    return new MemberDatacenter(pair[0], pair[1]);
  }

  /** One element of {@code member_datacenters}. */
  record MemberDatacenter(String member, String datacenter) {}

  private static Duration positive(Duration d) throws BadValue {
    if (d.isNegative() || d.isZero()) {
      throw new BadValue("must be greater than 0");
    }
    return d;
  }

  private static Duration notNegative(Duration d) throws BadValue {
    if (d.isNegative()) {
      throw new BadValue("must not be negative");
    }
    return d;
  }

  private static double notNegative(double value) throws BadValue {
    if (value < 0) {
      throw new BadValue("must not be negative");
    }
    return value;
  }

  private static Path path(String text, RawValue raw) throws BadValue {
    try {
      return raw.resolve(Path.of(text));
    } catch (InvalidPathException e) {
      throw new BadValue("is not a valid path");
    }
  }

  private static boolean bool(String text) throws BadValue {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new BadValue("is not true or false");
  }

  private static long integer(String text) throws BadValue {
    if (!INTEGER.matcher(text).matches()) {
      throw new BadValue(DECIMAL.matcher(text).matches() ? "is not a whole number" : "is not a number");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new BadValue("is too large");
    }
  }

  private static long range(long value, long min, long max) throws BadValue {
    if (value < min || value > max) {
      throw new BadValue("is out of range " + min + ".." + max);
    }
    return value;
  }

  private static long atLeast(long value, long min, long max) throws BadValue {
    if (value < min) {
      throw new BadValue("must be at least " + min);
    }
    if (value > max) {
      throw new BadValue("is too large");
    }
    return value;
  }

  private static double decimal(String text) throws BadValue {
    if (!DECIMAL.matcher(text).matches()) {
      throw new BadValue("is not a number");
    }
    return Double.parseDouble(text);
  }

  private static double range(double value, int max) throws BadValue {
    if (value < 0 || value > max) {
      throw new BadValue("is out of range 0.." + max);
    }
    return value;
  }

  private static String name(String text) throws BadValue {
    if (!NAME.matcher(text).matches()) {
      throw new BadValue("is not a valid name (letters, digits, '.', '_', '-'; at most 63)");
    }
    return text;
  }

  static String oneOf(String text, List<String> allowed) throws BadValue {
    if (!allowed.contains(text)) {
      throw new BadValue("is not one of " + String.join(", ", allowed) + Suggestions.didYouMean(text, allowed));
    }
    return text;
  }
}
