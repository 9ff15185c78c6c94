package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerting end to end against a real 3-member cluster, with default settings (1 s probes): a quorum killed with
 * kill -9 pages a webhook, a Slack-style receiver and a mailbox within seconds; a monitor restarted while the alert
 * fires does not page again and keeps its silences; the members' return resolves the alert at every receiver.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertingClusterIT {
  private static final String QUORUM = "etcdInsufficientMembers";

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  @TempDir static Path dir;
  private static PagedMonitor paged;
  private static final List<EtcdMember> killed = new ArrayList<>();
  private static long killedAt;

  @BeforeAll
  static void start() throws Exception {
    paged = PagedMonitor.start(etcd, dir);
  }

  @AfterAll
  static void stop() {
    if (paged != null) {
      paged.close();
    }
  }

  @Test
  @Order(1)
  void killingAQuorumPagesEveryReceiverWithinSeconds() {
    JsonNode status = paged.api().json("/api/v1/cluster/status");
    String leaderId = status.get("leaderId").asText();
    EtcdMember leader = member(status, leaderId);
    EtcdMember follower = etcd.members().stream().filter(m -> m != leader).findFirst().orElseThrow();
    assertThat(paged.receivers.webhook.requests()).as("nothing before the fault").isEmpty();

    leader.kill9();
    follower.kill9();
    killedAt = System.nanoTime();
    killed.add(leader);
    killed.add(follower);

    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
        .until(() -> paged.receivers.webhookWith(QUORUM, "firing", killedAt) != null);
    AlertReceivers.Received page = paged.receivers.webhookWith(QUORUM, "firing", killedAt);
    double seconds = (page.receivedNanos() - killedAt) / 1e9;
    System.out.printf("quorum kill -> webhook notification: %.2f s (target <= 5 s)%n", seconds);
    JsonNode quorum = page.alert(QUORUM);
    assertThat(quorum.get("annotations").get("summary").asText())
        .isEqualTo("etcd quorum lost: 1 of 3 voting members answer, 2 needed");
    assertThat(quorum.get("annotations").get("description").asText()).contains(leader.name(), follower.name());
    assertThat(quorum.get("annotations").get("runbook").asText()).contains("endpoint health --cluster");
    assertThat(quorum.get("labels").get("severity").asText()).isEqualTo("critical");
    assertThat(page.body().get("alerts")).extracting(a -> a.get("labels").get("alertname").asText())
        .doesNotContain("etcdMembersDown");

    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
      assertThat(paged.receivers.slackSaid(QUORUM, killedAt)).isTrue();
      assertThat(paged.receivers.mailSubjects()).anyMatch(s -> s.startsWith("[FIRING:") && s.contains(QUORUM));
    });
  }

  @Test
  @Order(2)
  void aRestartedMonitorDoesNotPageAgainAndKeepsItsSilences() throws Exception {
    HttpJson.Reply created = paged.api().post("/api/v1/alerts/silences", """
        {"matchers":[{"name":"alertname","value":"etcdHighDatabaseSize"}],"duration":"2h",
         "createdBy":"it","comment":"kept across restarts"}""");
    assertThat(created.status()).isEqualTo(201);
    String silence = created.json().get("id").asText();

    paged.stopMonitor();
    long restartedAt = System.nanoTime();
    paged.startMonitor();

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(firing(paged.api().json("/api/v1/alerts")))
        .contains(QUORUM));
    await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12))
        .until(() -> paged.receivers.webhookWith(QUORUM, "firing", restartedAt) == null);
    assertThat(paged.receivers.slack.requests().stream().filter(r -> r.receivedNanos() >= restartedAt)).isEmpty();
    assertThat(paged.api().json("/api/v1/alerts/silences").get("silences")).extracting(s -> s.get("id").asText())
        .contains(silence);
  }

  @Test
  @Order(3)
  void bringingTheMembersBackResolvesTheAlertAtEveryReceiver() {
    long restartedAt = System.nanoTime();
    killed.forEach(EtcdMember::restart);
    killed.clear();

    await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
      assertThat(paged.receivers.webhookWith(QUORUM, "resolved", restartedAt)).isNotNull();
      assertThat(paged.receivers.slackSaid("RESOLVED", restartedAt)).isTrue();
      assertThat(paged.receivers.mailSubjects()).anyMatch(s -> s.startsWith("[RESOLVED]"));
    });
    AlertReceivers.Received resolved = paged.receivers.webhookWith(QUORUM, "resolved", restartedAt);
    assertThat(resolved.alert(QUORUM).get("endsAt").asText()).isNotEqualTo("0001-01-01T00:00:00Z");
    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(paged.api().json("/api/v1/alerts").get("alerts"))
        .isEmpty());
  }

  private static List<String> firing(JsonNode alerts) {
    List<String> names = new ArrayList<>();
    alerts.get("alerts").forEach(a -> {
      if (a.get("state").asText().equals("firing")) {
        names.add(a.get("name").asText());
      }
    });
    return names;
  }

  private static EtcdMember member(JsonNode status, String id) {
    for (JsonNode m : status.get("members")) {
      if (m.get("id").asText().equals(id)) {
        String name = m.get("name").asText();
        return etcd.members().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
      }
    }
    throw new AssertionError("no member " + id + " in " + status);
  }
}
