package io.etcdmonitor.protocol;

/**
 * Everything the cluster-view aggregator accepts: agent reports from any JVM plus the coordinator's own
 * queries. It is open (not sealed) because the queries live in the coordinator module.
 */
public interface CoordinatorMessage {}
