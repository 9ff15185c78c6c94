package io.etcdmonitor.agent.etcd;

import java.util.List;

/** Creates the clients the agent's actors use; tests substitute their own. */
public interface EtcdClients {

  /** A client that asks the given endpoints (URLs) in turn. */
  EtcdClusterClient cluster(List<String> endpoints);

  /** A client bound to one member's client URL. */
  EtcdMemberClient member(String endpoint);
}
