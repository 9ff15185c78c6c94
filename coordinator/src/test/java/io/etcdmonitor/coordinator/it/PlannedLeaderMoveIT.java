package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcd.jetcd.Client;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planned leader transfer (etcd's MoveLeader, as {@code etcdctl move-leader} and operators' tooling use it
 * before a defragmentation or an upgrade) leaves the cluster without a leader for milliseconds: it must never page
 * as no leader. Three transfers, each followed by a window several times the rule's {@code for}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlannedLeaderMoveIT {
  private static final Duration QUIET_WINDOW = Duration.ofSeconds(8);

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  @TempDir static Path dir;
  private static PagedMonitor paged;

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
  void aPlannedLeaderMoveNeverPagesAsNoLeader() throws Exception {
    long start = System.nanoTime();
    for (int move = 1; move <= 3; move++) {
      JsonNode status = paged.api().json("/api/v1/cluster/status");
      String leader = status.get("leaderId").asText();
      JsonNode leaderMember = member(status, leader);
      JsonNode target = null;
      for (JsonNode m : status.get("members")) {
        if (!m.get("id").asText().equals(leader)) {
          target = m;
        }
      }
      String targetId = target.get("id").asText();
      try (Client client = Client.builder().endpoints(leaderMember.get("clientUrls").get(0).asText()).build()) {
        client.getMaintenanceClient().moveLeader(MemberIds.fromHex(targetId)).get(10, TimeUnit.SECONDS);
      }
      await().atMost(Duration.ofSeconds(10))
          .until(() -> paged.api().json("/api/v1/cluster/status").get("leaderId").asText().equals(targetId));
      await().during(QUIET_WINDOW).atMost(QUIET_WINDOW.plusSeconds(5))
          .until(() -> paged.receivers.webhookWith("etcdNoLeader", "firing", start) == null);
      System.out.printf("leader move %d: %s -> %s, no page within %d s%n", move, leader, targetId,
          QUIET_WINDOW.toSeconds());
    }

    assertThat(paged.api().json("/api/v1/cluster/status").get("leaderChanges").asInt()).isEqualTo(3);
    assertThat(paged.receivers.webhook.requests()).isEmpty();
    assertThat(paged.receivers.slack.requests()).isEmpty();
    assertThat(paged.receivers.mailSubjects()).isEmpty();
  }

  private static JsonNode member(JsonNode status, String id) {
    for (JsonNode m : status.get("members")) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no member " + id + " in " + status);
  }
}
