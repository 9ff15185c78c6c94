package io.etcdmonitor.config;

import java.util.List;
import java.util.Locale;

/**
 * The one list of every setting that a flag, an environment variable or a top-level YAML key can set: its YAML
 * path, flag, type, default and description. The loader, the environment mapping, {@code --help} and the
 * rendered effective configuration are all derived from it, so a setting is never typed twice.
 *
 * <p>Environment variables are derived from the flag: {@code --api-port} is read from {@code API_PORT}, or
 * from {@code ETCD_MONITOR_API_PORT}, which wins when both are set (a prefixed variable cannot be meant for
 * another program). The alerts list is the one part of the configuration that only the file can hold.
 *
 * <p>Why these defaults: {@code localhost:2379} is etcd's own client URL, so standalone works out of the box.
 * {@code dial_timeout} 5s is the seed's value, room for a TLS handshake across datacenters. Members are
 * probed every second ({@code health_check_interval} 1s) because the product promises to name a fault within
 * seconds, and one Status RPC and one read per member per second is negligible load for etcd. A probe may take
 * as long as the interval ({@code probe_timeout} 1s), which is also etcd's default election timeout: a member
 * slower than that is unavailable in practice. {@code metrics_interval} 10s is the seed's value.
 * {@code membership_interval} 5s shows member changes quickly for one cheap MemberList call. The write probe is
 * on because write latency is what users feel; it overwrites one key, one small put per interval. Latency
 * percentiles cover five minutes, long enough for a stable p99 at one sample per second. The API listens on
 * the seed's {@code 0.0.0.0:8080}. Thresholds are the seed's: 100 ms latency, 8192 MiB (etcd's largest
 * recommended quota), 2 nodes (quorum of a 3-member cluster), 3 leader changes per hour, 5% errors, 10% free
 * disk. The periodic benchmark writes into the monitored cluster, so it is off unless asked for. The vantage
 * name defaults to the host name, unique in most fleets; {@code default} is Pekko's own data center name; with
 * no seeds the process is standalone; remoting binds to loopback so nothing is exposed unless configured. Logs
 * are human-readable at info. {@code data_dir} defaults to {@code data} under the working directory.
 */
public enum SettingKey {
  CONFIG(null, "config", ValueType.PATH, null, "none", "YAML configuration file", Section.GENERAL),
  ENDPOINTS("endpoints", "endpoints", ValueType.ENDPOINTS, "localhost:2379", null,
      "etcd endpoints, comma-separated host:port or URLs", Section.ETCD),
  DIAL_TIMEOUT("dial_timeout", "dial-timeout", ValueType.DURATION, "5s", null,
      "How long to wait for a connection to etcd", Section.ETCD),
  TLS_CERT_FILE("tls.cert_file", "cert", ValueType.PATH, null, "none",
      "Client certificate (PEM) for TLS to etcd", Section.ETCD),
  TLS_KEY_FILE("tls.key_file", "key", ValueType.PATH, null, "none",
      "Client private key (PEM) for TLS to etcd", Section.ETCD),
  TLS_CA_FILE("tls.ca_file", "cacert", ValueType.PATH, null, "none",
      "CA bundle (PEM) that signed the etcd server certificates", Section.ETCD),
  TLS_INSECURE_SKIP_VERIFY("tls.insecure_skip_verify", "insecure-skip-tls-verify", ValueType.BOOLEAN, "false", null,
      "Accept any etcd server certificate (testing only)", Section.ETCD),
  HEALTH_CHECK_INTERVAL("health_check_interval", "health-check-interval", ValueType.DURATION, "1s", null,
      "How often each member is probed", Section.PROBING),
  PROBE_TIMEOUT("probe_timeout", "probe-timeout", ValueType.DURATION, "1s", null,
      "How long one probe may take; at most the health check interval", Section.PROBING),
  METRICS_INTERVAL("metrics_interval", "metrics-interval", ValueType.DURATION, "10s", null,
      "How often each member's /metrics is scraped", Section.PROBING),
  MEMBERSHIP_INTERVAL("membership_interval", "membership-interval", ValueType.DURATION, "5s", null,
      "How often the member list is refreshed", Section.PROBING),
  METRICS_URLS("metrics_urls", "metrics-urls", ValueType.NAMED_URLS, "", "each member's client URL",
      "name=URL of a member's /metrics, if not its client URL",
      Section.PROBING),
  CLIENT_URLS("client_urls", "client-urls", ValueType.NAMED_ENDPOINTS, "", "the advertised URL",
      "name=URL to probe a member at instead of its advertised URL", Section.PROBING),
  WRITE_PROBE("write_probe", "write-probe", ValueType.BOOLEAN, "true", null,
      "Time one put of this monitor's own key each interval", Section.PROBING),
  LATENCY_WINDOW("latency_window", "latency-window", ValueType.DURATION, "5m", null,
      "Window of the read and write latency percentiles", Section.PROBING),
  MAX_LATENCY_MS("alert_thresholds.max_latency_ms", "max-latency-ms", ValueType.POSITIVE_LONG, "100", null,
      "Alert when request latency exceeds this many milliseconds", Section.THRESHOLDS),
  MAX_DATABASE_SIZE_MB("alert_thresholds.max_database_size_mb", "max-db-size-mb", ValueType.POSITIVE_LONG, "8192",
      null, "Alert when a member's database exceeds this many MiB", Section.THRESHOLDS),
  MIN_AVAILABLE_NODES("alert_thresholds.min_available_nodes", "min-available-nodes", ValueType.POSITIVE_INT, "2",
      null, "Alert when fewer members than this are healthy", Section.THRESHOLDS),
  MAX_LEADER_CHANGES_PER_HOUR("alert_thresholds.max_leader_changes_per_hour", "max-leader-changes-per-hour",
      ValueType.NON_NEGATIVE_INT, "3", null, "Alert when leadership moves more often than this per hour",
      Section.THRESHOLDS),
  MAX_ERROR_RATE("alert_thresholds.max_error_rate", "max-error-rate", ValueType.FRACTION, "0.05", null,
      "Alert when the share of failed requests exceeds this (0..1)", Section.THRESHOLDS),
  MIN_DISK_SPACE_PERCENT("alert_thresholds.min_disk_space_percent", "min-disk-space-percent", ValueType.PERCENT,
      "10.0", null, "Alert when free disk space falls below this percentage", Section.THRESHOLDS),
  API_HOST("api.host", "api-host", ValueType.HOST, "0.0.0.0", null,
      "Address the HTTP API binds to", Section.API),
  API_PORT("api.port", "api-port", ValueType.PORT, "8080", null,
      "Port of the HTTP API, /health and /metrics", Section.API),
  MEMBER_DATACENTERS("member_datacenters", "member-datacenters", ValueType.NAMED_DATACENTERS, "", "unknown",
      "name=datacenter of etcd members, to tell datacenter splits", Section.CLUSTER),
  VANTAGE("cluster.vantage", "vantage", ValueType.NAME, null, "local host name",
      "Name of this vantage point in the reachability matrix", Section.CLUSTER),
  DATACENTER("cluster.datacenter", "datacenter", ValueType.NAME, "default", null,
      "Datacenter of this node", Section.CLUSTER),
  CLUSTER_SEEDS("cluster.seeds", "cluster-seeds", ValueType.HOST_PORTS, "", "none, standalone",
      "Pekko seed nodes, comma-separated host:port", Section.CLUSTER),
  CLUSTER_HOST("cluster.host", "cluster-host", ValueType.HOST, "127.0.0.1", null,
      "Address this node binds and advertises for Pekko remoting", Section.CLUSTER),
  CLUSTER_PORT("cluster.port", "cluster-port", ValueType.PORT_OR_ZERO, "25520", null,
      "Pekko remoting port; 0 picks a free one", Section.CLUSTER),
  LOG_LEVEL("log.level", "log-level", ValueType.LOG_LEVEL, "info", null,
      "trace, debug, info, warn or error", Section.GENERAL),
  LOG_FORMAT("log.format", "log-format", ValueType.LOG_FORMAT, "text", null,
      "text for people, json for log shippers", Section.GENERAL),
  DATA_DIR("data_dir", "data-dir", ValueType.PATH, "data", null,
      "Directory for state kept on disk", Section.GENERAL),
  BENCHMARK_ENABLED("benchmark.enabled", "benchmark-enabled", ValueType.BOOLEAN, "false", null,
      "Run a small benchmark against etcd periodically", Section.BENCHMARK),
  BENCHMARK_INTERVAL("benchmark.interval", "benchmark-interval", ValueType.DURATION, "1h", null,
      "How often the periodic benchmark runs", Section.BENCHMARK);

  /** The prefix of the environment variables that win over the bare ones. */
  public static final String ENV_PREFIX = "ETCD_MONITOR_";

  /** Headings that group the options in {@code --help}, in display order. */
  public enum Section {
    GENERAL("General"),
    ETCD("etcd connection"),
    PROBING("Probing"),
    THRESHOLDS("Alert thresholds"),
    API("HTTP API"),
    CLUSTER("Cluster"),
    BENCHMARK("Periodic benchmark");

    private final String heading;

    Section(String heading) {
      this.heading = heading;
    }

    public String heading() {
      return heading;
    }
  }

  private final String path;
  private final String flag;
  private final ValueType type;
  private final String defaultValue;
  private final String defaultText;
  private final String description;
  private final Section section;

  SettingKey(String path, String flag, ValueType type, String defaultValue, String defaultText, String description,
      Section section) {
    this.path = path;
    this.flag = flag;
    this.type = type;
    this.defaultValue = defaultValue;
    this.defaultText = defaultText != null ? defaultText : defaultValue;
    this.description = description;
    this.section = section;
  }

  /** The dotted YAML path, for example {@code alert_thresholds.max_latency_ms}; null for {@link #CONFIG}. */
  public String path() {
    return path;
  }

  /** The flag name without dashes, which is also this key's name in the flags map of {@link ConfigLoader}. */
  public String flag() {
    return flag;
  }

  public ValueType type() {
    return type;
  }

  /** The default as it would be written in the file; null when the default is computed or absent. */
  public String defaultValue() {
    return defaultValue;
  }

  /** The default as shown in {@code --help}. */
  public String defaultText() {
    return defaultText;
  }

  public String description() {
    return description;
  }

  public Section section() {
    return section;
  }

  /** Environment variables read for this key, the winning one first. */
  public List<String> envNames() {
    String bare = flag.toUpperCase(Locale.ROOT).replace('-', '_');
    return List.of(ENV_PREFIX + bare, bare);
  }

  /** Where a problem with this key is reported: its YAML path, or {@code config} for {@link #CONFIG}. */
  String displayPath() {
    return path != null ? path : flag;
  }

  static SettingKey byFlag(String flag) {
    for (SettingKey key : values()) {
      if (key.flag.equals(flag)) {
        return key;
      }
    }
    throw new IllegalArgumentException("no setting has the flag --" + flag);
  }
}
