package io.etcdmonitor.coordinator.agents;

import io.etcdmonitor.protocol.CoordinatorMessage;

/**
 * A cluster membership or reachability change, translated for the aggregator on its own node; it never crosses
 * JVMs, so it is not serializable.
 *
 * @param address the node's Pekko address
 * @param vantage the vantage the node runs as, when it is an agent; null for any other node
 * @param datacenter the node's Pekko data center
 */
public record NodeChanged(String address, NodeStatus status, String vantage, String datacenter)
    implements CoordinatorMessage {}
