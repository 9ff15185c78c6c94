package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.AgentList;
import io.etcdmonitor.protocol.AgentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code GET /api/v1/agents}. {@code state} is {@code up}, {@code silent} (no report for several
 * probe intervals; its probe results no longer count) or {@code down} (left or downed by the Pekko cluster).
 */
public record AgentsResponse(Instant lastUpdated, List<Agent> agents) {

  /** One agent; {@code datacenter}, {@code address} and {@code lastReport} are null until it said so. */
  public record Agent(
      String vantage, String datacenter, String address, Instant lastReport, String state, String detail) {

    static Agent from(AgentStatus status) {
      return new Agent(status.vantage(), status.datacenter(), status.address(), status.lastReport(),
          status.state().name().toLowerCase(Locale.ROOT), status.detail());
    }
  }

  public static AgentsResponse from(AgentList list) {
    return new AgentsResponse(list.at(), list.agents().stream().map(Agent::from).toList());
  }
}
