package io.etcdmonitor.coordinator.agents;

import io.etcdmonitor.protocol.CoordinatorMessage;

/**
 * The cluster lost or regained every connection to another data center. Pekko reports members of other data
 * centers only this way, so an agent alone in its data center becomes unreachable through this message. Local to
 * the aggregator's node, never serialized.
 */
public record DatacenterChanged(String datacenter, boolean reachable) implements CoordinatorMessage {}
