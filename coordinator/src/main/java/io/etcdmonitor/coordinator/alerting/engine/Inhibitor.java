package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.coordinator.alerting.Alert;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which firing alerts keep which others from receivers, so that one outage pages once with its cause, like
 * Alertmanager's inhibit rules:
 *
 * <ul>
 *   <li>quorum lost ({@code etcdInsufficientMembers} critical) or no leader suppresses every alert about one
 *       member, request latency and "cluster unhealthy"; quorum lost also suppresses no leader, which it implies;
 *   <li>a critical alert suppresses the warning with the same name and labels;
 *   <li>a NOSPACE alarm on a member suppresses that member's quota and growth alerts.
 * </ul>
 */
final class Inhibitor {
  static final String NO_LEADER = "etcdNoLeader";
  static final String INSUFFICIENT = "etcdInsufficientMembers";
  private static final Set<String> CLUSTER_SYMPTOMS = Set.of("etcdHighRequestLatency", "etcdClusterUnhealthy");
  private static final Set<String> QUOTA = Set.of("etcdDatabaseQuotaLowSpace", "etcdExcessiveDatabaseGrowth");
  private static final String MEMBER = "member";

  private Inhibitor() {}

  /** For each inhibited alert among {@code firing}, the fingerprints of the alerts that inhibit it. */
  static Map<String, List<String>> inhibitions(Collection<AlertState> firing) {
    Map<String, List<String>> out = new HashMap<>();
    for (AlertState target : firing) {
      List<String> by = new ArrayList<>();
      for (AlertState source : firing) {
        if (source != target && inhibits(source, target)) {
          by.add(source.fingerprint());
        }
      }
      if (!by.isEmpty()) {
        out.put(target.fingerprint(), by);
      }
    }
    return out;
  }

  static boolean inhibits(AlertState source, AlertState target) {
    String s = source.rule();
    String t = target.rule();
    boolean quorumLost = s.equals(INSUFFICIENT) && source.finding().severity() == Alert.Severity.CRITICAL;
    if ((quorumLost || s.equals(NO_LEADER))
        && (target.labels().containsKey(MEMBER) || CLUSTER_SYMPTOMS.contains(t))) {
      return true;
    }
    if (quorumLost && t.equals(NO_LEADER)) {
      return true;
    }
    if (s.equals(t) && source.finding().severity() == Alert.Severity.CRITICAL
        && target.finding().severity() == Alert.Severity.WARNING
        && source.finding().labels().equals(target.finding().labels())) {
      return true;
    }
    return s.equals("etcdAlarmActive") && "NOSPACE".equals(source.labels().get("alarm")) && QUOTA.contains(t)
        && Objects.equals(source.labels().get(MEMBER), target.labels().get(MEMBER));
  }
}
