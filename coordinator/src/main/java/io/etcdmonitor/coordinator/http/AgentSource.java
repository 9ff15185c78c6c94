package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.protocol.AgentList;
import java.util.concurrent.CompletionStage;

/**
 * Where {@code GET /api/v1/agents} gets the agent list, so the route can be tested against fixed lists. A stage
 * failed with {@link ClusterViewUnavailableException} answers 503, as for the view.
 */
@FunctionalInterface
public interface AgentSource {
  CompletionStage<AgentList> agents();
}
