package io.etcdmonitor.coordinator.agents;

import io.etcdmonitor.protocol.CoordinatorMessage;
import org.apache.pekko.actor.typed.javadsl.ActorContext;

/**
 * Where the aggregator learns which nodes the transport considers alive: cluster membership in the distributed
 * roles, nothing in standalone, where an agent can only fall silent. Subscribing sends {@link NodeChanged} and
 * {@link DatacenterChanged} messages to the context's actor.
 */
@FunctionalInterface
public interface NodeEvents {
  /** Standalone: agent and aggregator share one JVM, there is no membership to follow. */
  NodeEvents NONE = context -> {};

  void subscribe(ActorContext<CoordinatorMessage> context);
}
