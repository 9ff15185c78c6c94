package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link MonitorSettings} from four layers, each key taken from the first that sets it: flags,
 * environment variables, the YAML file, defaults. Validation goes on past the first problem and reports all of
 * them at once in a {@link ConfigException}, each with its key path, the bad value and where it came from.
 *
 * <p>The flags map is keyed by flag name without dashes ({@code api-port}), as {@link CliOptions#collect}
 * returns it. The file is named by the {@code config} flag or the {@code CONFIG} variable. An empty
 * environment variable counts as unset; an empty flag is an error. Relative paths written in the file are
 * relative to the file's directory; those given by flags, variables or defaults to the working directory.
 *
 * <p>Problems are reported in this order: a file that cannot be read or parsed (alone, since nothing else can
 * be trusted then); unknown keys and misshapen blocks, in file order; bad values, in {@link SettingKey} order;
 * problems between keys (TLS pairs, files, timeouts); then the {@code alerts:} entries in order, then the
 * {@code alert_rules:} entries; last, once all else is valid, alert levels that contradict each other.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  /** The validated settings; see {@link #loadDetailed} for where each came from. */
  public static MonitorSettings load(Map<String, String> flags, Map<String, String> env) throws ConfigException {
    return loadDetailed(flags, env).settings();
  }

  public static LoadedConfig loadDetailed(Map<String, String> flags, Map<String, String> env)
      throws ConfigException {
    flags.keySet().forEach(SettingKey::byFlag);
    Problems problems = new Problems();
    Converter converter = new Converter(problems);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    Path configFile = null;
    RawValue configRaw = layered(SettingKey.CONFIG, flags, env, root, null);
    if (configRaw != null) {
      configFile = (Path) converter.convert(ValueType.PATH, configRaw, SettingKey.CONFIG.displayPath());
      root = configFile == null ? null : YamlFile.read(configFile, configRaw, problems);
      if (root == null) {
        problems.throwIfAny();
      }
    }
    FileShape.check(root, problems);

    Map<SettingKey, RawValue> raws = new EnumMap<>(SettingKey.class);
    Map<SettingKey, Object> values = new EnumMap<>(SettingKey.class);
    Map<SettingKey, String> origins = new EnumMap<>(SettingKey.class);
    Origin.File fileOrigin = configFile == null ? null : new Origin.File(configFile);
    for (SettingKey key : SettingKey.values()) {
      RawValue raw = layered(key, flags, env, root, fileOrigin);
      if (raw == null && key == SettingKey.VANTAGE) {
        raw = new RawValue(JsonNodeFactory.instance.textNode(localHostName()), new Origin.Default());
      }
      if (raw == null) {
        origins.put(key, "default");
        continue;
      }
      raws.put(key, raw);
      origins.put(key, raw.origin().label());
      Object value = key == SettingKey.CONFIG ? configFile : converter.convert(key.type(), raw, key.displayPath());
      if (value != null) {
        values.put(key, value);
      }
    }
    new CrossChecks(values, raws, problems).run();
    List<ChannelSettings> alerts = new ChannelParser(fileOrigin, env, problems).parse(root.get(FileShape.ALERTS));
    Map<String, AlertRuleSettings> rules =
        new AlertRulesParser(fileOrigin, problems).parse(root.get(AlertRulesParser.KEY));
    problems.throwIfAny();
    MonitorSettings settings = build(values, alerts, rules);
    AlertRulesParser.checkLevels(settings.alertThresholds(), rules, problems);
    problems.throwIfAny();
    return new LoadedConfig(settings, Optional.ofNullable(configFile), origins);
  }

  /** The value of {@code key} from the first layer that sets it, or null when none does and there is no default. */
  private static RawValue layered(
      SettingKey key, Map<String, String> flags, Map<String, String> env, ObjectNode root, Origin.File file) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (flags.containsKey(key.flag())) {
      return new RawValue(nodes.textNode(flags.get(key.flag())), new Origin.Flag(key.flag()));
    }
    for (String variable : key.envNames()) {
      String value = env.get(variable);
      if (value != null && !value.isEmpty()) {
        return new RawValue(nodes.textNode(value), new Origin.Env(variable));
      }
    }
    JsonNode node = key.path() == null ? null : FileShape.find(root, key.path());
    if (node != null) {
      return new RawValue(node, file);
    }
    return key.defaultValue() == null ? null : new RawValue(nodes.textNode(key.defaultValue()), new Origin.Default());
  }

  private static MonitorSettings build(Map<SettingKey, Object> v, List<ChannelSettings> alerts,
      Map<String, AlertRuleSettings> rules) {
    TlsSettings tls = new TlsSettings((Path) v.get(SettingKey.TLS_CERT_FILE), (Path) v.get(SettingKey.TLS_KEY_FILE),
        (Path) v.get(SettingKey.TLS_CA_FILE), (Boolean) v.get(SettingKey.TLS_INSECURE_SKIP_VERIFY));
    List<String> endpoints = ((List<?>) v.get(SettingKey.ENDPOINTS)).stream()
        .map(e -> ((Addresses.Endpoint) e).url(tls.enabled())).toList();
    List<String> seeds = ((List<?>) v.get(SettingKey.CLUSTER_SEEDS)).stream().map(String.class::cast).toList();
    return new MonitorSettings(
        new EtcdSettings(endpoints, (Duration) v.get(SettingKey.DIAL_TIMEOUT), tls),
        new ProbeSettings((Duration) v.get(SettingKey.HEALTH_CHECK_INTERVAL),
            (Duration) v.get(SettingKey.METRICS_INTERVAL), (Duration) v.get(SettingKey.PROBE_TIMEOUT),
            (Duration) v.get(SettingKey.MEMBERSHIP_INTERVAL), namedUrls(v.get(SettingKey.METRICS_URLS)),
            clientUrls(v.get(SettingKey.CLIENT_URLS), tls.enabled()), (Boolean) v.get(SettingKey.WRITE_PROBE),
            (Duration) v.get(SettingKey.LATENCY_WINDOW)),
        new ApiSettings((String) v.get(SettingKey.API_HOST), (Integer) v.get(SettingKey.API_PORT)),
        new AlertThresholds((Long) v.get(SettingKey.MAX_LATENCY_MS), (Long) v.get(SettingKey.MAX_DATABASE_SIZE_MB),
            (Integer) v.get(SettingKey.MIN_AVAILABLE_NODES), (Integer) v.get(SettingKey.MAX_LEADER_CHANGES_PER_HOUR),
            (Double) v.get(SettingKey.MAX_ERROR_RATE), (Double) v.get(SettingKey.MIN_DISK_SPACE_PERCENT)),
        alerts,
        rules,
        new BenchmarkSettings((Boolean) v.get(SettingKey.BENCHMARK_ENABLED),
            (Duration) v.get(SettingKey.BENCHMARK_INTERVAL)),
        new ClusterSettings((String) v.get(SettingKey.VANTAGE), (String) v.get(SettingKey.DATACENTER), seeds,
            (String) v.get(SettingKey.CLUSTER_HOST), (Integer) v.get(SettingKey.CLUSTER_PORT),
            memberDatacenters(v.get(SettingKey.MEMBER_DATACENTERS))),
        new LogSettings((String) v.get(SettingKey.LOG_LEVEL), (LogSettings.Format) v.get(SettingKey.LOG_FORMAT)),
        (Path) v.get(SettingKey.DATA_DIR));
  }

  private static Map<String, String> namedUrls(Object list) {
    Map<String, String> urls = new java.util.LinkedHashMap<>();
    for (Object o : (List<?>) list) {
      Addresses.NamedUrl named = (Addresses.NamedUrl) o;
      urls.put(named.name(), named.url());
    }
    return urls;
  }

  private static Map<String, String> clientUrls(Object list, boolean tls) {
    Map<String, String> urls = new java.util.LinkedHashMap<>();
    for (Object o : (List<?>) list) {
      Addresses.NamedEndpoint named = (Addresses.NamedEndpoint) o;
      urls.put(named.name(), named.endpoint().url(tls));
    }
    return urls;
  }

  private static Map<String, String> memberDatacenters(Object list) {
    Map<String, String> datacenters = new java.util.LinkedHashMap<>();
    for (Object o : (List<?>) list) {
      Converter.MemberDatacenter pair = (Converter.MemberDatacenter) o;
      datacenters.put(pair.member(), pair.datacenter());
    }
    return datacenters;
  }

  /** This host's name, trimmed to what a vantage name may contain. */
  static String localHostName() {
    String name;
    try {
      name = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      name = "localhost";
    }
    String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[._-]+", "");
    return cleaned.isEmpty() ? "localhost" : cleaned.substring(0, Math.min(63, cleaned.length()));
  }
}
