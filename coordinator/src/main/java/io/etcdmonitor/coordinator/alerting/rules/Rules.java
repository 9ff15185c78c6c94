package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the rule set from the effective settings: one implementation per name of the config module's
 * catalogue. A disabled rule is not built at all, so it costs nothing and raises nothing.
 */
public final class Rules {
  private Rules() {}

  /** Every enabled rule, in catalogue order. */
  public static List<Rule> enabled(Map<String, EffectiveRule> settings) {
    return factories(settings).entrySet().stream()
        .filter(e -> settings.get(e.getKey()).enabled())
        .map(e -> e.getValue().apply(settings.get(e.getKey())))
        .toList();
  }

  private static Map<String, Function<EffectiveRule, Rule>> factories(Map<String, EffectiveRule> settings) {
    double fsyncMs = settings.get("etcdHighFsyncDurations").warningValue();
    double peerRttMs = settings.get("etcdMemberCommunicationSlow").warningValue();
    Map<String, Function<EffectiveRule, Rule>> f = new LinkedHashMap<>();
    f.put("etcdClusterUnhealthy", ClusterUnhealthyRule::new);
    f.put("etcdNoLeader", NoLeaderRule::new);
    f.put("etcdInsufficientMembers", InsufficientMembersRule::new);
    f.put("etcdMembersDown", MembersDownRule::new);
    f.put("etcdNetworkPartition", NetworkPartitionRule::new);
    f.put("etcdMonitorVantageProblem", VantageProblemRule::new);
    f.put("etcdAlarmActive", AlarmRule::new);
    f.put("etcdHighRequestLatency", HighRequestLatencyRule::new);
    f.put("etcdHighNumberOfLeaderChanges", s -> new LeaderChangesRule(s, fsyncMs, peerRttMs));
    f.put("etcdHighNumberOfFailedGRPCRequests", FailedGrpcRule::new);
    f.put("etcdMemberCommunicationSlow", PeerSlowRule::new);
    f.put("etcdHighNumberOfFailedProposals", FailedProposalsRule::new);
    f.put("etcdHighFsyncDurations", DiskLatencyRule::fsync);
    f.put("etcdHighCommitDurations", DiskLatencyRule::commit);
    f.put("etcdHighDatabaseSize", DatabaseSizeRule::new);
    f.put("etcdDatabaseQuotaLowSpace", QuotaRule::new);
    f.put("etcdExcessiveDatabaseGrowth", GrowthRule::new);
    f.put("etcdDatabaseHighFragmentationRatio", FragmentationRule::new);
    f.put("etcdHighMemoryUsage", MemoryRule::new);
    return f;
  }
}
