package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the distributed tests read from a coordinator's API: the cluster's health, the agents and the verdicts. */
final class ClusterApi {
  private ClusterApi() {}

  /** Every member reachable and healthy, a leader, and no verdict against etcd. */
  static void assertCompleteHealthyView(HttpJson api) {
    JsonNode status = api.json("/api/v1/cluster/status");
    assertThat(status.get("healthy").asBoolean()).as(status.toString()).isTrue();
    assertThat(status.get("memberCount").asInt()).isEqualTo(3);
    assertThat(status.get("healthyMembers").asInt()).isEqualTo(3);
    assertThat(status.get("leaderId").isNull()).isFalse();
    assertThat(status.get("members")).allSatisfy(m -> assertThat(m.get("reachable").asBoolean()).isTrue());
    assertThat(status.get("networkPartition").asBoolean()).isFalse();
    assertThat(status.get("partitions")).as("no verdict against etcd").isEmpty();
    assertThat(api.get("/health").status()).isEqualTo(200);
  }

  /** vantage → "datacenter state". */
  static Map<String, String> agents(HttpJson api) {
    Map<String, String> byVantage = new TreeMap<>();
    for (JsonNode a : api.json("/api/v1/agents").get("agents")) {
      byVantage.put(a.get("vantage").asText(), a.get("datacenter").asText() + " " + a.get("state").asText());
    }
    return byVantage;
  }

  /** The active verdicts of {@code GET /api/v1/cluster/partitions}, most severe first. */
  static List<JsonNode> activeVerdicts(HttpJson api) {
    List<JsonNode> active = new ArrayList<>();
    api.json("/api/v1/cluster/partitions").get("active").forEach(active::add);
    return active;
  }

  /** The keys of the active verdicts, such as {@code MEMBER_DOWN:etcd0}. */
  static List<String> activeKeys(HttpJson api) {
    return activeVerdicts(api).stream().map(v -> v.get("key").asText()).toList();
  }

  /** The keys of recently resolved verdicts, newest first. */
  static List<String> resolvedKeys(HttpJson api) {
    List<String> keys = new ArrayList<>();
    api.json("/api/v1/cluster/partitions").get("history").forEach(h -> keys.add(h.get("verdict").get("key").asText()));
    return keys;
  }

  /** The state of each vantage's cell for {@code member}: vantage → "reachable", "timedOut", ... */
  static Map<String, String> cellsFor(HttpJson api, String member) {
    JsonNode reach = api.json("/api/v1/cluster/reachability").get("reachability");
    int column = -1;
    for (int i = 0; i < reach.get("members").size(); i++) {
      if (reach.get("members").get(i).asText().equals(member)) {
        column = i;
      }
    }
    assertThat(column).as(member + " in " + reach.get("members")).isNotNegative();
    Map<String, String> states = new TreeMap<>();
    for (JsonNode row : reach.get("rows")) {
      states.put(row.get("vantage").asText(), row.get("cells").get(column).get("state").asText());
    }
    return states;
  }
}
