package io.etcdmonitor.coordinator.view;

import static io.etcdmonitor.coordinator.view.Reports.M1;
import static io.etcdmonitor.coordinator.view.Reports.M2;
import static io.etcdmonitor.coordinator.view.Reports.M3;
import static io.etcdmonitor.coordinator.view.Reports.down;
import static io.etcdmonitor.coordinator.view.Reports.members;
import static io.etcdmonitor.coordinator.view.Reports.three;
import static io.etcdmonitor.coordinator.view.Reports.up;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.AlarmReport;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.LeaderChange;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewBuilderTest {
  private final ClusterViewBuilder builder = new ClusterViewBuilder(Duration.ofSeconds(4), Duration.ofMinutes(5));
  private Instant t = Instant.parse("2026-11-24T10:00:00Z");

  private void tick(long seconds) {
    t = t.plusSeconds(seconds);
  }

  private ClusterView healthyThree() {
    builder.add(members(three(), t));
    builder.add(up(M1, M1, 2, t));
    builder.add(up(M2, M1, 2, t));
    builder.add(up(M3, M1, 2, t));
    return builder.view(t);
  }

  @Test
  void healthyClusterHasLeaderQuorumAndEveryMemberProbed() {
    ClusterView view = healthyThree();

    assertThat(view.healthy()).isTrue();
    assertThat(view.reasons()).isEmpty();
    assertThat(view.complete()).isTrue();
    assertThat(view.leaderId()).isEqualTo(M1);
    assertThat(view.memberCount()).isEqualTo(3);
    assertThat(view.healthyMembers()).isEqualTo(3);
    assertThat(view.quorumSize()).isEqualTo(2);
    assertThat(view.leaderChangesLastHour()).isZero();
    assertThat(view.members()).extracting(MemberView::leader).containsExactly(true, false, false);
  }

  @Test
  void beforeAnyMemberListTheViewSaysWhy() {
    builder.add(MembershipReport.failed("local", "default", List.of(), "unavailable: Connection refused", t));

    ClusterView view = builder.view(t);

    assertThat(view.healthy()).isFalse();
    assertThat(view.reasons()).containsExactly("no member list yet: unavailable: Connection refused");
  }

  @Test
  void viewIsIncompleteUntilEveryMemberWasProbed() {
    builder.add(members(three(), t));
    builder.add(up(M1, M1, 2, t));

    ClusterView view = builder.view(t);

    assertThat(view.complete()).isFalse();
    assertThat(view.reasons()).contains("not every member probed yet");
    assertThat(view.members().get(1).status()).isNull();
    assertThat(view.members().get(1).lastError()).isNull();
  }

  @Test
  void deadLeaderStillNamedByFollowersIsReportedUnreachable() {
    healthyThree();
    tick(1);
    builder.add(down(M1, t));
    builder.add(up(M2, M1, 2, t));
    builder.add(up(M3, M1, 2, t));

    ClusterView view = builder.view(t);

    assertThat(view.healthy()).isFalse();
    assertThat(view.reasons()).containsExactly("leader m1 is unreachable");
    MemberView m1 = view.members().get(0);
    assertThat(m1.reachable()).isFalse();
    assertThat(m1.leader()).isFalse();
    assertThat(m1.lastError()).isEqualTo("unavailable: Connection refused");
    assertThat(m1.status().raftTerm()).as("last known status is kept").isEqualTo(2);
    assertThat(m1.lastProbeLatencyMs()).isNull();
  }

  @Test
  void newLeaderAtAHigherTermIsRecordedAsOneChange() {
    healthyThree();
    tick(1);
    builder.add(down(M1, t));
    builder.add(up(M2, 0, 3, t));
    builder.add(up(M3, M1, 2, t));
    ClusterView during = builder.view(t);
    assertThat(during.reasons()).contains("no leader");

    tick(1);
    builder.add(up(M2, M2, 3, t));
    builder.add(up(M3, M2, 3, t));
    ClusterView after = builder.view(t);

    assertThat(after.healthy()).isTrue();
    assertThat(after.leaderId()).isEqualTo(M2);
    assertThat(after.leaderChangesLastHour()).isEqualTo(1);
    assertThat(after.leaderHistory()).containsExactly(new LeaderChange(t, M1, M2, 3));
  }

  @Test
  void twoOfThreeDownIsQuorumLostWithoutLeader() {
    healthyThree();
    tick(2);
    builder.add(down(M1, t));
    builder.add(down(M2, t));
    builder.add(up(M3, 0, 4, t));

    ClusterView view = builder.view(t);

    assertThat(view.healthy()).isFalse();
    assertThat(view.reasons()).containsExactly("no leader", "quorum lost: 1/3 members reachable");
    assertThat(view.healthyMembers()).isEqualTo(1);
  }

  @Test
  void aReportOlderThanTheStaleLimitNoLongerCountsAsReachable() {
    healthyThree();
    tick(2);
    builder.add(up(M1, M1, 2, t));
    builder.add(up(M2, M1, 2, t));
    tick(3);

    ClusterView view = builder.view(t);

    MemberView m3 = view.members().get(2);
    assertThat(m3.reachable()).isFalse();
    assertThat(m3.lastError()).isEqualTo("no probe result since 2026-11-24T10:00:00Z");
    assertThat(view.healthy()).isTrue();
  }

  @Test
  void learnersAreShownButDoNotCountTowardsQuorum() {
    List<MemberInfo> withLearner = new ArrayList<>(three());
    withLearner.add(new MemberInfo(0x4444, "m4", List.of("http://127.0.0.1:42379"), List.of(), true));
    builder.add(members(withLearner, t));
    builder.add(up(M1, M1, 2, t));
    builder.add(up(M2, M1, 2, t));
    builder.add(down(M3, t));
    builder.add(up(0x4444, M1, 2, t));

    ClusterView view = builder.view(t);

    assertThat(view.memberCount()).isEqualTo(4);
    assertThat(view.votingMembers()).isEqualTo(3);
    assertThat(view.quorumSize()).isEqualTo(2);
    assertThat(view.healthy()).isTrue();
  }

  @Test
  void removedMemberDisappearsAndItsLateReportsAreIgnored() {
    healthyThree();
    tick(1);
    builder.add(members(three().subList(0, 2), t));
    builder.add(up(M3, M1, 2, t));

    ClusterView view = builder.view(t);

    assertThat(view.members()).extracting(v -> v.info().id()).containsExactly(M1, M2);
    assertThat(view.quorumSize()).isEqualTo(2);
  }

  @Test
  void memberFailingQuorumReadsIsReachableButNotHealthy() {
    healthyThree();
    tick(1);
    ProbeResult.Reachable answered = (ProbeResult.Reachable) up(M2, M1, 2, t).result();
    builder.add(new ProbeReport("local", "default", M2, "http://m/2", t,
        new ProbeResult.Reachable(answered.status(), 0.9, ReadCheck.failed(1000, "timed out after 1000 ms"))));

    ClusterView view = builder.view(t);

    assertThat(view.members().get(1).reachable()).isTrue();
    assertThat(view.members().get(1).lastRead().error()).isEqualTo("timed out after 1000 ms");
    assertThat(view.healthyMembers()).isEqualTo(2);
  }

  @Test
  void alarmsComeFromTheLatestAlarmList() {
    healthyThree();
    builder.add(new AlarmReport("local", List.of(new Alarm(M1, "NOSPACE")), t));
    tick(1);
    builder.add(new AlarmReport("local", List.of(new Alarm(M1, "NOSPACE"), new Alarm(M2, "CORRUPT")), t));

    assertThat(builder.view(t).alarms()).containsExactly(new Alarm(M1, "NOSPACE"), new Alarm(M2, "CORRUPT"));
  }

  @Test
  void readLatencyFromEveryProbeAndWriteLatencyFromTheWriteProbeAreWindowed() {
    healthyThree();
    tick(1);
    builder.add(up(M1, M1, 2, t));
    builder.add(new io.etcdmonitor.protocol.WriteProbeReport("local", t, 2.25, null));
    builder.add(new io.etcdmonitor.protocol.WriteProbeReport("local", t, 0, "etcdserver: request timed out"));

    ClusterView view = builder.view(t);

    assertThat(view.telemetry().readLatency().count()).isEqualTo(4);
    assertThat(view.telemetry().readLatency().p50Ms()).isEqualTo(0.5);
    assertThat(view.members().get(0).telemetry().readLatency().count()).isEqualTo(2);
    assertThat(view.telemetry().writeLatency().count()).isEqualTo(1);
    assertThat(view.telemetry().writeLatency().p99Ms()).isCloseTo(2.25, org.assertj.core.data.Offset.offset(0.003));
    assertThat(view.telemetry().writeProbeError()).isEqualTo("etcdserver: request timed out");
  }

  @Test
  void countsProbesAndScrapesPerMemberAndKeepsTheLastMetrics() {
    healthyThree();
    tick(1);
    builder.add(down(M2, t));
    io.etcdmonitor.protocol.MemberMetrics metrics = io.etcdmonitor.coordinator.http.Views.metrics(t);
    builder.add(new io.etcdmonitor.protocol.MetricsReport("local", M1, "http://m1/metrics", t, metrics, null, 150_000));
    builder.add(new io.etcdmonitor.protocol.MetricsReport("local", M1, "http://m1/metrics", t, null, "HTTP 500", 0));

    ClusterView view = builder.view(t);

    io.etcdmonitor.protocol.MemberTelemetry m1 = view.members().get(0).telemetry();
    assertThat(m1.metrics()).isEqualTo(metrics);
    assertThat(m1.metricsError()).isEqualTo("HTTP 500");
    assertThat(m1.scrapeErrors()).isEqualTo(1);
    assertThat(m1.probesSucceeded()).isEqualTo(1);
    assertThat(m1.probeDurations().count()).isEqualTo(1);
    assertThat(m1.probeDurations().sumSeconds()).isEqualTo(0.0008);
    assertThat(view.members().get(1).telemetry().probesFailed()).isEqualTo(1);
  }

  @Test
  void leaderChangesAreAlsoCountedForever() {
    newLeaderAtAHigherTermIsRecordedAsOneChange();

    assertThat(builder.view(t).telemetry().leaderChangesTotal()).isEqualTo(1);
  }
}
