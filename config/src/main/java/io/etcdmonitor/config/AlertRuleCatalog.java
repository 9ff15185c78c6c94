package io.etcdmonitor.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Every alert rule with its defaults, so that {@code alert_rules:} is checked when the file is loaded (a misspelt
 * rule name would otherwise be ignored) and a level set in the file is checked against the defaults of the other.
 * The engine implements exactly these rules.
 *
 * <p>Why these {@code for} defaults: outages page within seconds (quorum lost 1 s on top of two missed probes, no
 * leader 3 s, several times longer than the gap of a planned leader transfer), while slow signals must hold for
 * minutes so that one busy scrape window never pages: request latency is a p99 over the 5-minute latency window,
 * so its condition must outlast the window twice (10 min) before one burst of slow requests could page, and disk
 * latency p99s, judged per scrape window, must stay high for 10 min as in the upstream mixin. Thresholds follow
 * {@code alert_thresholds} where the seed has one, etcd's own guidance otherwise (WAL fsync p99 10/100 ms, backend
 * commit p99 25/250 ms, quota 80/90 %, peer round trip 150 ms), and the upstream mixin for the rest. etcd cannot
 * report its host's free disk space, so {@code min_disk_space_percent} is applied to the space left in the backend
 * quota, which is where etcd stops accepting writes. Memory defaults to 80/90 % of the 8 GiB that etcd's hardware
 * guide recommends; set them to 80/90 % of the memory your etcd hosts may use.
 */
public final class AlertRuleCatalog {

  /** One rule: its default {@code for}, its levels and what their numbers mean. */
  public record Spec(String name, Duration forDefault, Threshold warning, Threshold critical, boolean higherIsWorse,
      double max) {

    /** The keys an {@code alert_rules:} entry for this rule may have. */
    public List<String> keys() {
      if (warning != null && critical != null) {
        return List.of("enabled", "for", "warning", "critical");
      }
      return warning != null ? List.of("enabled", "for", "warning") : List.of("enabled", "for");
    }
  }

  /**
   * A level's default, and the {@code alert_thresholds} key it comes from, if any.
   *
   * @param source the seed key shown when the value came from it, or null for a built-in default
   * @param value null for a level that is off unless an entry sets it
   */
  public record Threshold(String source, ToDoubleFunction<AlertThresholds> value) {
    /** A level the rule supports but does not use by default. */
    static final Threshold UNSET = new Threshold(null, null);

  }

  private static final double ANY = Double.MAX_VALUE;
  private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

  static {
    Threshold unset = Threshold.UNSET;
    add("etcdClusterUnhealthy", "10s", null, null, true, ANY);
    add("etcdNoLeader", "3s", null, null, true, ANY);
    add("etcdInsufficientMembers", "1s", seed(SettingKey.MIN_AVAILABLE_NODES, AlertThresholds::minAvailableNodes),
        null, false, ANY);
    add("etcdMembersDown", "1m", null, null, true, ANY);
    add("etcdNetworkPartition", "5s", null, null, true, ANY);
    add("etcdMonitorVantageProblem", "30s", null, null, true, ANY);
    add("etcdAlarmActive", "0s", null, null, true, ANY);
    add("etcdHighRequestLatency", "10m", seed(SettingKey.MAX_LATENCY_MS, AlertThresholds::maxLatencyMs), unset, true,
        ANY);
    add("etcdHighNumberOfLeaderChanges", "0s",
        seed(SettingKey.MAX_LEADER_CHANGES_PER_HOUR, AlertThresholds::maxLeaderChangesPerHour), unset, true, ANY);
    add("etcdHighNumberOfFailedGRPCRequests", "2m", seed(SettingKey.MAX_ERROR_RATE, AlertThresholds::maxErrorRate),
        unset, true, 1);
    add("etcdMemberCommunicationSlow", "1m", fixed(150), unset, true, ANY);
    add("etcdHighNumberOfFailedProposals", "5m", fixed(5), unset, true, ANY);
    add("etcdHighFsyncDurations", "10m", fixed(10), fixed(100), true, ANY);
    add("etcdHighCommitDurations", "10m", fixed(25), fixed(250), true, ANY);
    add("etcdHighDatabaseSize", "1m", seed(SettingKey.MAX_DATABASE_SIZE_MB, AlertThresholds::maxDatabaseSizeMb),
        unset, true, ANY);
    add("etcdDatabaseQuotaLowSpace", "1m", fixed(80),
        seed(SettingKey.MIN_DISK_SPACE_PERCENT, t -> 100 - t.minDiskSpacePercent()), true, 100);
    add("etcdExcessiveDatabaseGrowth", "10m", fixed(4), null, true, ANY);
    add("etcdDatabaseHighFragmentationRatio", "10m", fixed(0.5), unset, false, 1);
    add("etcdHighMemoryUsage", "5m", fixed(6554), fixed(7373), true, ANY);
  }

  private AlertRuleCatalog() {}

  private static Threshold fixed(double value) {
    return new Threshold(null, t -> value);
  }

  private static Threshold seed(SettingKey key, ToDoubleFunction<AlertThresholds> value) {
    return new Threshold(key.path(), value);
  }

  private static void add(String name, String forDefault, Threshold warning, Threshold critical,
      boolean higherIsWorse, double max) {
    try {
      SPECS.put(name, new Spec(name, Durations.parse(forDefault), warning, critical, higherIsWorse, max));
    } catch (BadValue e) {
      throw new IllegalStateException("bad default for " + name, e);
    }
  }

  /** Every rule, in the order they are documented. */
  public static List<Spec> specs() {
    return List.copyOf(SPECS.values());
  }

  public static List<String> names() {
    return List.copyOf(SPECS.keySet());
  }

  public static Optional<Spec> spec(String name) {
    return Optional.ofNullable(SPECS.get(name));
  }

  /** Every rule's effective settings, keyed and ordered by name as in {@link #specs()}. */
  public static Map<String, EffectiveRule> resolve(AlertThresholds thresholds,
      Map<String, AlertRuleSettings> overrides) {
    Map<String, EffectiveRule> out = new LinkedHashMap<>();
    for (Spec spec : SPECS.values()) {
      AlertRuleSettings o = overrides.getOrDefault(spec.name(), new AlertRuleSettings(null, null, null, null));
      Double warning = level(spec.warning(), o.warning(), thresholds);
      Double critical = level(spec.critical(), o.critical(), thresholds);
      if (o.warning() == null && o.critical() == null && warning != null && critical != null
          && !before(spec, warning, critical)) {
        warning = null;
      }
      out.put(spec.name(), new EffectiveRule(spec.name(), o.enabled() == null || o.enabled(),
          o.forDuration() == null ? spec.forDefault() : o.forDuration(), warning, critical));
    }
    return out;
  }

  /** True when {@code warning} is reached before {@code critical} as the value gets worse. */
  static boolean before(Spec spec, double warning, double critical) {
    return spec.higherIsWorse() ? warning < critical : warning > critical;
  }

  private static Double level(Threshold threshold, Double override, AlertThresholds thresholds) {
    if (threshold == null) {
      return null;
    }
    if (override != null || threshold.value() == null) {
      return override;
    }
    return threshold.value().applyAsDouble(thresholds);
  }
}
