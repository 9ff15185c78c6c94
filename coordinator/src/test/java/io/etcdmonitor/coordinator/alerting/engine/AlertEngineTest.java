package io.etcdmonitor.coordinator.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.config.AlertRuleSettings;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifecycle end to end on synthetic views: what is sent, when, and what is kept back. */
class AlertEngineTest {
  private static final Alert.Status FIRING = Alert.Status.FIRING;
  private static final Alert.Status RESOLVED = Alert.Status.RESOLVED;

  private final Scenario cluster = new Scenario();
  private final Harness h = new Harness(cluster);

  @Test
  void aHealthyClusterSendsNothing() {
    h.run(Duration.ofMinutes(30));

    assertThat(h.sent).isEmpty();
    assertThat(h.active()).isEmpty();
  }

  @Test
  void killingAQuorumPagesOnceWithinSecondsAndHidesTheSymptoms() {
    h.run(Duration.ofSeconds(10));
    Instant kill = cluster.now;
    cluster.member(1).up = false;
    cluster.member(2).up = false;
    h.run(Duration.ofSeconds(3));
    cluster.leaderId = MemberIds.NONE;
    h.run(Duration.ofMinutes(3));

    Harness.Sent page = h.first("etcdInsufficientMembers", FIRING, kill);
    assertThat(page).isNotNull();
    assertThat(Duration.between(kill, page.at())).isLessThanOrEqualTo(Duration.ofSeconds(4));
    Alert quorum = page.notification().alerts().get(0);
    assertThat(quorum.summary()).isEqualTo("etcd quorum lost: 1 of 3 voting members answer, 2 needed");
    assertThat(quorum.members()).containsExactly("etcd1", "etcd2");
    assertThat(quorum.runbook()).contains("etcdctl --endpoints=", "endpoint health --cluster");
    assertThat(h.namesSent(a -> true)).containsExactly("etcdInsufficientMembers");
    assertThat(h.active("etcdMembersDown").inhibitedBy()).contains(quorum.fingerprint());
    assertThat(h.active("etcdNoLeader").inhibitedBy()).containsExactly(quorum.fingerprint());
    assertThat(h.sent).hasSize(1);
  }

  @Test
  void recoveryResolvesWhatWasSentAndNothingElse() {
    h.run(Duration.ofSeconds(5));
    cluster.member(1).up = false;
    cluster.member(2).up = false;
    h.run(Duration.ofMinutes(2));
    Instant back = cluster.now;
    cluster.member(1).up = true;
    cluster.member(2).up = true;
    h.run(Duration.ofSeconds(10));

    Harness.Sent resolved = h.first("etcdInsufficientMembers", RESOLVED, back);
    assertThat(resolved).isNotNull();
    assertThat(resolved.notification().status()).isEqualTo(RESOLVED);
    assertThat(resolved.notification().alerts()).extracting(Alert::name).containsExactly("etcdInsufficientMembers");
    assertThat(h.active()).isEmpty();
    assertThat(h.engine.history()).extracting(PastAlert::name)
        .contains("etcdInsufficientMembers", "etcdMembersDown");
    assertThat(h.engine.history().stream().filter(p -> p.name().equals("etcdMembersDown")))
        .allMatch(p -> !p.notified());
  }

  @Test
  void aPlannedLeaderTransferIsFarShorterThanTheForAndNeverPages() {
    h.run(Duration.ofSeconds(30));
    Instant move = cluster.now;
    cluster.leaderId = MemberIds.NONE;
    h.run(Duration.ofMillis(1250));
    assertThat(h.active("etcdNoLeader").phase()).isEqualTo(AlertPhase.PENDING);
    cluster.changeLeader(2);
    h.run(Duration.ofMinutes(2));

    assertThat(h.sentSince(move)).isEmpty();
    assertThat(h.active()).isEmpty();
  }

  @Test
  void aLeaderlessClusterPagesAfterTheFor() {
    h.run(Duration.ofSeconds(10));
    Instant lost = cluster.now;
    cluster.leaderId = MemberIds.NONE;
    h.run(Duration.ofSeconds(10));

    Harness.Sent page = h.first("etcdNoLeader", FIRING, lost);
    assertThat(Duration.between(lost, page.at())).isBetween(Duration.ofSeconds(3), Duration.ofMillis(4250));
    assertThat(page.notification().alerts().get(0).startsAt()).isEqualTo(lost.plusSeconds(3));
  }

  @Test
  void alertsRaisedWithinTheGroupWaitGoOutTogether() {
    h.run(Duration.ofSeconds(10));
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(2, "CORRUPT"));
    h.run(Duration.ofSeconds(5));

    assertThat(h.sent).hasSize(1);
    assertThat(h.sent.get(0).notification().alerts()).extracting(a -> a.labels().get("alarm"))
        .containsExactlyInAnyOrder("NOSPACE", "CORRUPT");
    assertThat(h.sent.get(0).notification().groupLabels()).containsExactly(Map.entry("cluster", "test"));
  }

  @Test
  void aResolutionIsRepeatedInTheGroupsNextNotificationsSoACoalescingChannelCannotLoseIt() {
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(2, "CORRUPT"));
    h.run(Duration.ofSeconds(5));
    cluster.alarms.remove(0);
    h.run(Duration.ofSeconds(5));
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(3, "CORRUPT"));
    h.run(Duration.ofMinutes(5));
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "CORRUPT"));
    h.run(Duration.ofMinutes(6));
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(2, "NOSPACE"));
    h.run(Duration.ofSeconds(5));

    assertThat(h.sent).extracting(s -> s.notification().alerts().stream()
            .map(a -> a.labels().get("alarm") + "@" + a.labels().get("member") + " " + a.status().label()).toList())
        .containsExactly(
            List.of("NOSPACE@etcd1 firing", "CORRUPT@etcd2 firing"),
            List.of("CORRUPT@etcd2 firing", "NOSPACE@etcd1 resolved"),
            List.of("CORRUPT@etcd2 firing", "CORRUPT@etcd3 firing", "NOSPACE@etcd1 resolved"),
            List.of("CORRUPT@etcd2 firing", "CORRUPT@etcd3 firing", "CORRUPT@etcd1 firing", "NOSPACE@etcd1 resolved"),
            List.of("CORRUPT@etcd2 firing", "CORRUPT@etcd3 firing", "CORRUPT@etcd1 firing", "NOSPACE@etcd2 firing"));
  }

  @Test
  void aFiringAlertIsSentAgainOnlyAfterTheRepeatInterval() {
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    h.run(Duration.ofSeconds(5));
    assertThat(h.sent).hasSize(1);
    h.run(Duration.ofHours(3).plusMinutes(59));
    assertThat(h.sent).hasSize(1);
    h.run(Duration.ofMinutes(2));

    assertThat(h.sent).hasSize(2);
    assertThat(h.sent.get(1).has("etcdAlarmActive", FIRING)).isTrue();
  }

  @Test
  void aSilencedAlertShowsAsSilencedIsNotSentAndIsSentOnceTheSilenceExpires() {
    Silence silence = h.engine.silence(new SilenceRequest(List.of(new Matcher("alarm", "NOSP.*", true, true)),
        null, null, Duration.ofHours(2), "ops", "planned cleanup"), cluster.now);
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    h.run(Duration.ofMinutes(10));

    assertThat(h.sent).isEmpty();
    assertThat(h.active("etcdAlarmActive").silencedBy()).containsExactly(silence.id());
    h.engine.expireSilence(silence.id(), cluster.now);
    h.run(Duration.ofSeconds(2));
    assertThat(h.sent).hasSize(1);
    assertThat(h.active("etcdAlarmActive").silencedBy()).isEmpty();
  }

  @Test
  void anAlertThatResolvesWhileSilencedAndWasNeverSentIsNeverSent() {
    h.engine.silence(new SilenceRequest(List.of(new Matcher("alertname", "etcdAlarmActive", false, true)),
        null, null, Duration.ofHours(1), "ops", ""), cluster.now);
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    h.run(Duration.ofMinutes(1));
    cluster.alarms.clear();
    h.run(Duration.ofMinutes(1));

    assertThat(h.sent).isEmpty();
    assertThat(h.engine.history()).hasSize(1);
  }

  @Test
  void criticalHidesItsWarningTwinAndAWarningStaysWhenOnlyItHolds() {
    h.run(Duration.ofSeconds(5));
    cluster.member(2).fsyncP99Seconds = 0.150;
    h.run(Duration.ofMinutes(11));

    assertThat(h.namesSent(a -> a.isFiring())).containsExactly("etcdHighFsyncDurations");
    assertThat(h.sent.get(0).notification().alerts()).extracting(Alert::severity)
        .containsExactly(Alert.Severity.CRITICAL);
    ActiveAlert warning = h.active().stream().filter(a -> a.severity() == Alert.Severity.WARNING).findFirst()
        .orElseThrow();
    assertThat(warning.inhibitedBy()).hasSize(1);

    cluster.member(2).fsyncP99Seconds = 0.050;
    h.run(Duration.ofSeconds(30));
    Harness.Sent last = h.sent.get(h.sent.size() - 1);
    assertThat(last.notification().alerts()).extracting(a -> a.severity() + " " + a.status())
        .containsExactly("WARNING FIRING", "CRITICAL RESOLVED");
  }

  @Test
  void afterARestartAFiringAlertAlreadySentIsNotSentAgainUntilItsRepeatInterval() {
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    h.run(Duration.ofSeconds(5));
    assertThat(h.sent).hasSize(1);
    Instant firstPage = h.sent.get(0).at();

    Harness restarted = new Harness(cluster, Map.of(), new NotificationLog(h.log.entries()),
        new Silences(h.silences.all()));
    restarted.run(Duration.ofMinutes(30));
    assertThat(restarted.sent).isEmpty();
    assertThat(restarted.active("etcdAlarmActive").startsAt())
        .isEqualTo(h.sent.get(0).notification().alerts().get(0).startsAt());

    restarted.run(Duration.between(cluster.now, firstPage.plus(Duration.ofHours(4))).plusSeconds(2));
    assertThat(restarted.sent).hasSize(1);
  }

  @Test
  void afterARestartAnAlertThatEndedMeanwhileIsResolvedOnceItsRuleHadTimeToSeeIt() {
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    h.run(Duration.ofSeconds(5));
    cluster.alarms.clear();

    Harness restarted = new Harness(cluster, Map.of(), new NotificationLog(h.log.entries()),
        new Silences(List.of()));
    restarted.run(Duration.ofSeconds(25));
    assertThat(restarted.sent).isEmpty();
    restarted.run(Duration.ofSeconds(10));

    assertThat(restarted.sent).hasSize(1);
    assertThat(restarted.sent.get(0).has("etcdAlarmActive", RESOLVED)).isTrue();
  }

  @Test
  void aDisabledRuleRaisesNothing() {
    Harness quiet = new Harness(cluster, Map.of("etcdAlarmActive", new AlertRuleSettings(false, null, null, null)),
        new NotificationLog(List.of()), new Silences(List.of()));
    cluster.alarms.add(new io.etcdmonitor.protocol.Alarm(1, "NOSPACE"));
    quiet.run(Duration.ofMinutes(1));

    assertThat(quiet.sent).isEmpty();
    assertThat(quiet.active()).isEmpty();
  }

  @Test
  void aMemberDownPagesAfterItsForWithTheMemberNamed() {
    h.run(Duration.ofSeconds(5));
    cluster.member(3).up = false;
    h.run(Duration.ofSeconds(59));
    assertThat(h.sent).isEmpty();
    h.run(Duration.ofSeconds(5));

    assertThat(h.sent).hasSize(1);
    Alert down = h.sent.get(0).notification().alerts().get(0);
    assertThat(down.name()).isEqualTo("etcdMembersDown");
    assertThat(down.labels()).containsEntry("member", "etcd3");
    assertThat(down.description()).contains("connection refused");
  }
}
