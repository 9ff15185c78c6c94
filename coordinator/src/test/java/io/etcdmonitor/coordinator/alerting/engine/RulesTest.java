package io.etcdmonitor.coordinator.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.config.AlertRuleCatalog;
import io.etcdmonitor.config.AlertRuleSettings;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.rules.PartitionSignal;
import io.etcdmonitor.coordinator.alerting.rules.Rule;
import io.etcdmonitor.coordinator.alerting.rules.Rules;
import io.etcdmonitor.protocol.LatencySummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule's condition, thresholds and wording on synthetic views, through the engine as it runs them. */
class RulesTest {
  private final Scenario cluster = new Scenario();
  private final Harness h = new Harness(cluster);

  private Alert firstFiring(String name) {
    return h.sent.stream().flatMap(s -> s.notification().alerts().stream())
        .filter(a -> a.name().equals(name) && a.isFiring()).findFirst().orElse(null);
  }

  @Test
  void everyRuleOfTheConfigCatalogueIsImplemented() {
    List<String> implemented = Rules.enabled(AlertRuleCatalog.resolve(Harness.SEED, Map.of())).stream()
        .map(Rule::name).toList();

    assertThat(implemented).containsExactlyElementsOf(AlertRuleCatalog.names());
  }

  @Test
  void minAvailableNodesWarnsWhileQuorumHoldsAndNeverAsksMoreThanTheClusterHas() {
    Scenario single = new Scenario(1);
    Harness alone = new Harness(single);
    alone.run(Duration.ofMinutes(1));
    assertThat(alone.sent).as("a healthy one-member cluster").isEmpty();

    Harness strict = new Harness(cluster, Map.of("etcdInsufficientMembers", new AlertRuleSettings(null, null, 3.0,
        null)), new NotificationLog(List.of()), new Silences(List.of()));
    strict.run(Duration.ofSeconds(5));
    cluster.member(3).up = false;
    strict.run(Duration.ofSeconds(5));

    Alert fewer = strict.sent.get(0).notification().alerts().get(0);
    assertThat(fewer.severity()).isEqualTo(Alert.Severity.WARNING);
    assertThat(fewer.summary()).isEqualTo("only 2 etcd members available, fewer than 3");
  }

  @Test
  void readLatencyAboveMaxLatencyFiresAfterTenMinutesWithTheSlowestMembers() {
    cluster.readLatency = new LatencySummary(300, 20.0, 90.0, 180.0, 400.0, Duration.ofMinutes(5));
    h.run(Duration.ofSeconds(599));
    assertThat(h.sent).isEmpty();
    h.run(Duration.ofSeconds(3));

    Alert latency = firstFiring("etcdHighRequestLatency");
    assertThat(latency.labels()).containsEntry("operation", "read");
    assertThat(latency.summary()).isEqualTo("etcd read latency p99 180 ms exceeds 100 ms");
    assertThat(latency.description()).contains("Read p99 by member: etcd1 180 ms");
  }

  @Test
  void aLatencyWindowWithTooFewSamplesIsNotJudged() {
    cluster.writeLatency = new LatencySummary(5, 500.0, 500.0, 500.0, 500.0, Duration.ofMinutes(5));
    h.run(Duration.ofMinutes(3));

    assertThat(h.sent).isEmpty();
  }

  @Test
  void fsyncAndCommitUseEtcdsGuidanceAndAWindowWithoutDataKeepsTheFor() {
    cluster.member(1).fsyncP99Seconds = 0.020;
    h.run(Duration.ofMinutes(4));
    cluster.member(1).fsyncP99Seconds = null;
    h.run(Duration.ofMinutes(4));
    assertThat(h.sent).isEmpty();
    cluster.member(1).fsyncP99Seconds = 0.020;
    h.run(Duration.ofMinutes(2).plusSeconds(15));

    Alert fsync = firstFiring("etcdHighFsyncDurations");
    assertThat(fsync.severity()).isEqualTo(Alert.Severity.WARNING);
    assertThat(fsync.summary()).isEqualTo("etcd member etcd1 WAL fsync p99 20 ms exceeds 10 ms");
    assertThat(fsync.runbook()).contains("disk-test");
  }

  @Test
  void quotaWarnsAtEightyAndIsCriticalAtNinetyPercent() {
    cluster.member(2).dbSize = 1700 * Scenario.MIB;
    h.run(Duration.ofMinutes(2));
    assertThat(firstFiring("etcdDatabaseQuotaLowSpace").severity()).isEqualTo(Alert.Severity.WARNING);
    cluster.member(2).dbSize = 1900 * Scenario.MIB;
    h.run(Duration.ofMinutes(2));

    assertThat(h.active("etcdDatabaseQuotaLowSpace")).isNotNull();
    assertThat(h.sent.get(h.sent.size() - 1).notification().alerts()).extracting(Alert::severity)
        .containsExactly(Alert.Severity.CRITICAL);
  }

  @Test
  void fragmentationNeedsTheFloorClearsOnlyAboveTheMarginAndHoldsOffAfterADefrag() {
    Harness h = new Harness(cluster, Map.of("etcdExcessiveDatabaseGrowth", new AlertRuleSettings(false, null, null,
        null)), new NotificationLog(List.of()), new Silences(List.of()));
    cluster.member(3).dbSize = 60 * Scenario.MIB;
    cluster.member(3).dbInUse = 20 * Scenario.MIB;
    h.run(Duration.ofMinutes(15));
    assertThat(h.sent).as("under the 100 MiB floor").isEmpty();

    cluster.member(3).dbSize = 400 * Scenario.MIB;
    cluster.member(3).dbInUse = 180 * Scenario.MIB;
    h.run(Duration.ofMinutes(10).plusSeconds(5));
    Alert fragmented = h.sent.get(0).notification().alerts().get(0);
    assertThat(fragmented.summary()).isEqualTo("etcd member etcd3 database is fragmented: 45% in use");
    assertThat(fragmented.runbook()).contains("followers first and the leader last",
        "etcdctl --endpoints=http://127.0.0.1:2409 defrag",
        "etcdctl --endpoints=http://127.0.0.1:2389 defrag   # the leader, last");

    cluster.member(3).dbInUse = 220 * Scenario.MIB;
    h.run(Duration.ofMinutes(5));
    assertThat(h.active("etcdDatabaseHighFragmentationRatio").phase()).as("55% is within the margin")
        .isEqualTo(AlertPhase.FIRING);

    cluster.member(3).dbSize = 230 * Scenario.MIB;
    h.run(Duration.ofSeconds(5));
    assertThat(h.active()).as("defragmented").isEmpty();
    cluster.member(3).dbSize = 500 * Scenario.MIB;
    h.run(Duration.ofMinutes(50));
    assertThat(h.active()).as("held off for an hour after it resolved").isEmpty();
    h.run(Duration.ofMinutes(11));
    assertThat(h.active("etcdDatabaseHighFragmentationRatio")).isNotNull();
  }

  @Test
  void steadyGrowthThatReachesTheQuotaWithinFourHoursIsPredicted() {
    Scenario.Member m = cluster.member(1);
    m.dbSize = 1000 * Scenario.MIB;
    for (int minute = 0; minute < 30; minute++) {
      m.dbSize += 5 * Scenario.MIB;
      h.run(Duration.ofMinutes(1));
    }

    Alert growth = firstFiring("etcdExcessiveDatabaseGrowth");
    assertThat(growth).isNotNull();
    assertThat(growth.labels()).containsEntry("member", "etcd1");
    assertThat(growth.description()).containsPattern("grows (29\\d|30\\d) MiB per hour").contains("2048 MiB quota");
    assertThat(h.active("etcdExcessiveDatabaseGrowth").labels()).doesNotContainEntry("member", "etcd2");
  }

  @Test
  void aStepInSizeIsNotATrendAndSlowGrowthIsFine() {
    h.run(Duration.ofMinutes(5));
    cluster.member(1).dbSize = 1500 * Scenario.MIB;
    cluster.member(1).dbInUse = 1400 * Scenario.MIB;
    for (int minute = 0; minute < 40; minute++) {
      cluster.member(2).dbSize += Scenario.MIB;
      h.run(Duration.ofMinutes(1));
    }

    assertThat(h.active()).isEmpty();
  }

  @Test
  void leaderChangesWithSlowDiskEvidenceNameTheDisk() {
    h.run(Duration.ofSeconds(5));
    cluster.member(1).heartbeatFailuresPerScrape = 3;
    cluster.member(1).fsyncP99Seconds = 0.008;
    h.run(Duration.ofSeconds(30));
    for (long to : new long[] {2, 3, 1, 2}) {
      cluster.changeLeader(to);
      h.run(Duration.ofSeconds(20));
    }

    Alert changes = firstFiring("etcdHighNumberOfLeaderChanges");
    assertThat(changes.annotations()).containsEntry("cause", "disk");
    assertThat(changes.summary()).isEqualTo("4 etcd leader changes in the last hour; likely cause: disk");
    assertThat(changes.description()).contains("etcd1: ", "heartbeat(s) sent late", "Likely cause: disk");
  }

  @Test
  void leaderChangesWithPeerTroubleNameTheNetwork() {
    h.run(Duration.ofSeconds(5));
    cluster.member(2).peerSendFailuresPerScrape = 5;
    cluster.member(3).peerRttP99Seconds = 0.400;
    h.run(Duration.ofSeconds(30));
    for (long to : new long[] {2, 3, 1, 2}) {
      cluster.changeLeader(to);
      h.run(Duration.ofSeconds(20));
    }

    Alert changes = firstFiring("etcdHighNumberOfLeaderChanges");
    assertThat(changes.annotations()).containsEntry("cause", "network");
    assertThat(changes.description()).contains("etcd3: peer round trip p99 up to 400 ms", "failed send(s)");
    assertThat(changes.runbook()).contains("ping");
  }

  @Test
  void failedGrpcNeedsEnoughRequestsAndUsesMaxErrorRate() {
    cluster.member(1).grpcHandledPerScrape = 1;
    cluster.member(1).grpcFailedPerScrape = 1;
    cluster.scrape();
    h.run(Duration.ofMinutes(5));
    assertThat(h.sent).as("a handful of requests").isEmpty();

    cluster.member(1).grpcHandledPerScrape = 100;
    cluster.member(1).grpcFailedPerScrape = 8;
    h.run(Duration.ofMinutes(8));
    Alert failed = firstFiring("etcdHighNumberOfFailedGRPCRequests");
    assertThat(failed.summary()).matches("etcd member etcd1 fails [5-9](\\.\\d+)?% of gRPC requests");
    assertThat(failed.description()).contains("Cancelled watch streams are not counted");
  }

  @Test
  void failedProposalsAreARateOverFifteenMinutes() {
    h.run(Duration.ofMinutes(1));
    for (int i = 0; i < 60; i++) {
      cluster.member(2).proposalsFailedTotal += 100;
      h.run(Duration.ofSeconds(10));
    }

    assertThat(firstFiring("etcdHighNumberOfFailedProposals").summary())
        .matches("etcd member etcd2 fails (5\\.[1-9]\\d*|[6-9](\\.\\d+)?|10) proposals per second");
  }

  @Test
  void slowPeerLinksNameBothEnds() {
    cluster.member(1).peerRttP99Seconds = 0.200;
    h.run(Duration.ofMinutes(1).plusSeconds(15));

    assertThat(h.namesSent(Alert::isFiring)).containsExactly("etcdMemberCommunicationSlow");
    assertThat(h.sent.get(0).notification().alerts()).extracting(a -> a.labels().get("peer"))
        .containsExactlyInAnyOrder("etcd2", "etcd3");
  }

  @Test
  void memoryAndDatabaseSizeUseTheirThresholds() {
    Harness tuned = new Harness(cluster, Map.of("etcdHighMemoryUsage", new AlertRuleSettings(null,
        Duration.ofSeconds(30), 512.0, 1024.0)), new NotificationLog(List.of()), new Silences(List.of()));
    cluster.member(1).rssBytes = 600 * Scenario.MIB;
    cluster.member(2).dbSize = 9000 * Scenario.MIB;
    cluster.member(2).quota = 16384 * Scenario.MIB;
    tuned.run(Duration.ofMinutes(2));

    assertThat(tuned.namesSent(Alert::isFiring))
        .containsExactlyInAnyOrder("etcdHighMemoryUsage", "etcdHighDatabaseSize");
  }

  @Test
  void aNoSpaceAlarmWalksThroughCompactDefragDisarmInThatOrder() {
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(2, "NOSPACE"));
    h.run(Duration.ofSeconds(3));

    Alert alarm = firstFiring("etcdAlarmActive");
    String runbook = alarm.runbook();
    assertThat(alarm.labels()).containsEntry("alarm", "NOSPACE").containsEntry("member", "etcd2");
    assertThat(runbook.indexOf("compact")).isLessThan(runbook.indexOf(" defrag"));
    assertThat(runbook.indexOf(" defrag")).isLessThan(runbook.indexOf("alarm disarm"));
    assertThat(runbook.indexOf("2399 defrag")).isLessThan(runbook.indexOf("2389 defrag"));
  }

  @Test
  void partitionsPageAsEtcdProblemsButVantageFaultsOnlyWarnAboutTheMonitor() {
    h.partitions = List.of(
        new PartitionSignal(PartitionSignal.Kind.VANTAGE_ISOLATED, List.of(), List.of("dc2-agent"), List.of("dc2"),
            "dc2-agent reaches no member; dc1-agent reaches all"),
        new PartitionSignal(PartitionSignal.Kind.MINORITY_PARTITION, List.of("etcd3"), List.of(), List.of(),
            "etcd3 cannot reach etcd1, etcd2"));
    h.run(Duration.ofMinutes(1));

    Alert partition = firstFiring("etcdNetworkPartition");
    assertThat(partition.labels()).containsEntry("partition", "minority_partition");
    assertThat(partition.members()).containsExactly("etcd3");
    Alert vantage = firstFiring("etcdMonitorVantageProblem");
    assertThat(vantage.severity()).isEqualTo(Alert.Severity.WARNING);
    assertThat(vantage.summary()).contains("not an etcd outage");
    assertThat(h.namesSent(Alert::isFiring)).doesNotContain("etcdMembersDown", "etcdInsufficientMembers");
  }

  @Test
  void theMonitorWithoutAMemberListSaysSo() {
    Instant start = cluster.now;
    h.run(Duration.ofSeconds(1));
    io.etcdmonitor.protocol.ClusterView noList = new io.etcdmonitor.protocol.ClusterView(cluster.now, false, false,
        List.of("no member list yet: connection refused"), 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(),
        io.etcdmonitor.protocol.ClusterTelemetry.NONE);
    AlertEngine engine = h.engine;
    for (int i = 0; i < 50; i++) {
      engine.evaluate(io.etcdmonitor.coordinator.alerting.rules.AlertInput.of(noList,
          start.plusMillis(250L * i)));
    }

    assertThat(engine.active(start.plusSeconds(12))).extracting(ActiveAlert::name)
        .containsExactly("etcdClusterUnhealthy");
    assertThat(engine.active(start.plusSeconds(12)).get(0).annotations().get(Alert.DESCRIPTION))
        .contains("cannot get the member list", "connection refused");
  }
}
