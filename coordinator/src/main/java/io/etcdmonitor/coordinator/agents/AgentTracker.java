package io.etcdmonitor.coordinator.agents;

import io.etcdmonitor.protocol.AgentState;
import io.etcdmonitor.protocol.AgentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides each agent's state from two sources: when the coordinator last heard from it, and what the Pekko
 * cluster says about its node. Membership names every agent node with its vantage, so an agent that died before
 * this coordinator took over is still listed. Silence is judged by the coordinator's receive time, so agent
 * clocks do not matter. A report received after the cluster said the node was gone wins: the agent came back
 * (a new incarnation on the same address). Plain state and pure decisions; the aggregator feeds it.
 */
public final class AgentTracker {
  private final Duration silentAfter;
  private final Map<String, Agent> agents = new HashMap<>();
  private final Set<String> unreachableDatacenters = new HashSet<>();

  /** {@code silentAfter} is typically K probe intervals plus the probe timeout. */
  public AgentTracker(Duration silentAfter) {
    this.silentAfter = silentAfter;
  }

  /** Any report from {@code vantage}; {@code datacenter} is null for reports that do not name one. */
  public void heard(String vantage, String datacenter, Instant at) {
    Agent agent = agent(vantage, at);
    agent.lastReport = at;
    if (datacenter != null) {
      agent.datacenter = datacenter;
    }
  }

  /** A membership or reachability change; only changes of agent nodes (with a vantage) matter here. */
  public void node(NodeChanged change, Instant at) {
    if (change.vantage() == null) {
      return;
    }
    Agent agent = agent(change.vantage(), at);
    agent.address = change.address();
    agent.datacenter = change.datacenter();
    if (agent.node != change.status()) {
      agent.node = change.status();
      agent.nodeSince = at;
    }
  }

  /** The cluster lost or regained every connection to a data center. */
  public void datacenter(DatacenterChanged change) {
    if (change.reachable()) {
      unreachableDatacenters.remove(change.datacenter());
    } else {
      unreachableDatacenters.add(change.datacenter());
    }
  }

  /** Every agent known, sorted by vantage. */
  public List<AgentStatus> agents(Instant now) {
    return agents.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getValue().status(e.getKey(), now, silentAfter, unreachableDatacenters))
        .toList();
  }

  private Agent agent(String vantage, Instant at) {
    return agents.computeIfAbsent(vantage, v -> new Agent(at));
  }

  /** Mutable per-agent facts; only this class touches them. */
  private static final class Agent {
    final Instant firstSeen;
    String datacenter;
    String address;
    Instant lastReport;
    NodeStatus node;
    Instant nodeSince;

    Agent(Instant firstSeen) {
      this.firstSeen = firstSeen;
    }

    AgentStatus status(String vantage, Instant now, Duration silentAfter, Set<String> unreachableDatacenters) {
      boolean datacenterCutOff = datacenter != null && unreachableDatacenters.contains(datacenter);
      boolean cutOff = node == NodeStatus.UNREACHABLE || datacenterCutOff;
      AgentState state;
      String detail;
      boolean reportedSinceNodeChange = lastReport != null && nodeSince != null && lastReport.isAfter(nodeSince);
      Instant heardOrSeen = lastReport != null ? lastReport : firstSeen;
      boolean quiet = Duration.between(heardOrSeen, now).compareTo(silentAfter) > 0;
      if (node != null && node.gone() && !reportedSinceNodeChange) {
        state = AgentState.DOWN;
        detail = switch (node) {
          case LEFT -> "left the cluster";
          case DOWNED -> "downed by the cluster";
          default -> "removed from the cluster";
        };
      } else if (quiet || (lastReport == null && cutOff)) {
        state = AgentState.SILENT;
        detail = lastReport == null
            ? "no report to this coordinator yet"
            : "no report for " + Duration.between(lastReport, now).toSeconds() + " s";
      } else {
        state = AgentState.UP;
        detail = lastReport == null ? "joined, no report yet" : "reporting";
      }
      if (cutOff && state != AgentState.DOWN) {
        detail += node == NodeStatus.UNREACHABLE
            ? "; the cluster cannot reach its node"
            : "; the cluster cannot reach datacenter " + datacenter;
      }
      return new AgentStatus(vantage, datacenter, address, lastReport, state, detail);
    }
  }
}
