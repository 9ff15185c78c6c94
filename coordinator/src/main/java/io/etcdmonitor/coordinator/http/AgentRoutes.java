package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.http.json.AgentsResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

/** {@code GET /api/v1/agents}: every vantage point, where it runs, when it last reported, and its state. */
public final class AgentRoutes extends AllDirectives {
  private final AgentSource agents;

  public AgentRoutes(AgentSource agents) {
    this.agents = agents;
  }

  public Route route() {
    return path(PathMatchers.segment("api").slash("v1").slash("agents"), () -> get(() -> onSuccess(agents::agents,
        list -> complete(StatusCodes.OK, AgentsResponse.from(list), ApiJson.marshaller()))));
  }
}
