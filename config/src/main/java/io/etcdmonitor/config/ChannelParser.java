package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses the {@code alerts:} list into {@link ChannelSettings}. Each entry is checked against the keys of its
 * own type, so a missing Slack webhook fails at startup rather than when the first alert fires.
 */
final class ChannelParser {
  static final String PAGERDUTY_URL = "https://events.pagerduty.com/v2/enqueue";

  /** Each type's keys besides {@code type} and {@code name}; secrets also accept {@code _file} and {@code _env}. */
  private static final Map<String, List<String>> PLAIN_KEYS = new LinkedHashMap<>();
  private static final Map<String, List<String>> SECRET_KEYS = new HashMap<>();

  static {
    PLAIN_KEYS.put("console", List.of());
    PLAIN_KEYS.put("email", List.of("smtp_server", "smtp_port", "from", "to", "username", "starttls"));
    PLAIN_KEYS.put("slack", List.of("channel", "username"));
    PLAIN_KEYS.put("pagerduty", List.of("url"));
    PLAIN_KEYS.put("webhook", List.of());
    SECRET_KEYS.put("console", List.of());
    SECRET_KEYS.put("email", List.of("password"));
    SECRET_KEYS.put("slack", List.of("webhook_url"));
    SECRET_KEYS.put("pagerduty", List.of("integration_key"));
    SECRET_KEYS.put("webhook", List.of("url", "bearer_token", "hmac_secret"));
  }

  private final Origin origin;
  private final Problems problems;
  private final Secrets secrets;

  ChannelParser(Origin origin, Map<String, String> env, Problems problems) {
    this.origin = origin;
    this.problems = problems;
    this.secrets = new Secrets(env, problems);
  }

  /** The channel types, in the order they are listed in messages. */
  static List<String> types() {
    return List.copyOf(PLAIN_KEYS.keySet());
  }

  /** Every key an entry of {@code type} may have. */
  static List<String> keys(String type) {
    List<String> keys = new ArrayList<>(List.of("type", "name"));
    keys.addAll(PLAIN_KEYS.get(type));
    SECRET_KEYS.get(type).forEach(s -> keys.addAll(Secrets.sourceKeys(s)));
    return keys;
  }

  List<ChannelSettings> parse(JsonNode alerts) {
    if (Shapes.isEmpty(alerts)) {
      return List.of();
    }
    if (!alerts.isArray()) {
      problems.add(FileShape.ALERTS, "expected a list of channels, found " + Shapes.describe(alerts));
      return List.of();
    }
    Map<String, Integer> explicitNames = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      JsonNode node = alerts.get(i);
      String at = "alerts[" + i + "]";
      if (!node.isObject()) {
        problems.add(at, "expected a mapping with a type, found " + Shapes.describe(node));
        continue;
      }
      String type = type(node, at);
      if (type == null) {
        continue;
      }
      node.properties().stream().map(Map.Entry::getKey).filter(k -> !keys(type).contains(k)).forEach(k ->
          problems.add(at + "." + k, "unknown key for type " + type + Suggestions.didYouMean(k, keys(type))));
      ChannelEntry entry = new ChannelEntry(i, type, node, origin, problems, secrets);
      String name = (String) entry.value("name", ValueType.NAME, null, false);
      if (name != null) {
        Integer first = explicitNames.putIfAbsent(name, i);
        if (first != null) {
          problems.add(at + ".name", Origin.quote(name) + " is already used by alerts[" + first + "]");
        }
      }
      Function<String, ChannelSettings> build = read(type, entry);
      if (entry.ok()) {
        drafts.add(new Draft(type, name, build));
      }
    }
    return named(drafts, explicitNames);
  }

  private String type(JsonNode node, String at) {
    JsonNode type = node.get("type");
    if (type == null || Shapes.isEmpty(type)) {
      problems.add(at, "type is required (one of " + String.join(", ", types()) + ")");
      return null;
    }
    if (!type.isTextual()) {
      problems.add(at + ".type", "expected a string, found " + Shapes.describe(type));
      return null;
    }
    String text = type.asText().strip().toLowerCase(Locale.ROOT);
    if (!PLAIN_KEYS.containsKey(text)) {
      problems.add(at + ".type", Origin.scalar(type) + " is not one of " + String.join(", ", types())
          + Suggestions.didYouMean(text, types()));
      return null;
    }
    return text;
  }

  private static Function<String, ChannelSettings> read(String type, ChannelEntry e) {
    return switch (type) {
      case "console" -> ChannelSettings.Console::new;
      case "email" -> email(e);
      case "slack" -> {
        Secret url = e.urlSecret("webhook_url");
        String channel = e.text("channel", false);
        String username = e.text("username", false);
        yield name -> new ChannelSettings.Slack(name, url, channel, username);
      }
      case "pagerduty" -> {
        Secret key = e.secret("integration_key", true);
        String url = e.url("url", PAGERDUTY_URL);
        yield name -> new ChannelSettings.PagerDuty(name, key, url);
      }
      case "webhook" -> {
        Secret url = e.urlSecret("url");
        Secret bearer = e.secret("bearer_token", false);
        Secret hmac = e.secret("hmac_secret", false);
        yield name -> new ChannelSettings.Webhook(name, url, bearer, hmac);
      }
      default -> throw new IllegalArgumentException("unknown channel type " + type);
    };
  }

  private static Function<String, ChannelSettings> email(ChannelEntry e) {
    String server = (String) e.value("smtp_server", ValueType.HOST, null, true);
    Integer port = (Integer) e.value("smtp_port", ValueType.PORT, 587, false);
    String from = e.address("from");
    List<String> to = e.addresses("to");
    String username = e.text("username", false);
    Secret password = e.secret("password", false);
    Boolean startTls = (Boolean) e.value("starttls", ValueType.BOOLEAN, true, false);
    if (e.has("username") && password == null && Secrets.sourceKeys("password").stream().noneMatch(e::has)) {
      e.problem("password is required when username is set (or password_file / password_env)");
    }
    if (password != null && !e.has("username")) {
      e.problem("username is required when password is set");
    }
    return name -> new ChannelSettings.Email(name, server, port, from, to, username, password, startTls);
  }

  /** Unnamed entries are called by their type, then type-2, type-3, avoiding names given explicitly. */
  private static List<ChannelSettings> named(List<Draft> drafts, Map<String, Integer> explicitNames) {
    List<ChannelSettings> out = new ArrayList<>();
    Map<String, Integer> usedPerType = new HashMap<>();
    for (Draft draft : drafts) {
      String name = draft.name();
      while (name == null || (draft.name() == null && explicitNames.containsKey(name))) {
        int n = usedPerType.merge(draft.type(), 1, Integer::sum);
        name = n == 1 ? draft.type() : draft.type() + "-" + n;
      }
      out.add(draft.build().apply(name));
    }
    return out;
  }

  /** An entry read without problems, waiting for its name. */
  private record Draft(String type, String name, Function<String, ChannelSettings> build) {}
}
