package io.etcdmonitor.protocol;

import org.apache.pekko.actor.typed.receptionist.ServiceKey;

/** Receptionist keys by which agents find the coordinator, in one JVM or across a Pekko cluster. */
public final class ServiceKeys {
  /** The cluster-view aggregator, which takes every {@link AgentReport}. */
  public static final ServiceKey<AgentReport> AGGREGATOR =
      ServiceKey.create(AgentReport.class, "etcd-monitor-aggregator");

  private ServiceKeys() {}
}
