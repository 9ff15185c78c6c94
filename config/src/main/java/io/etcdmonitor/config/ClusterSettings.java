package io.etcdmonitor.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where this process stands and how it joins the Pekko cluster of agents and coordinators.
 *
 * @param vantage the name of this vantage point in the reachability matrix
 * @param datacenter the Pekko multi-data-center name of this node
 * @param seeds Pekko seed nodes as {@code host:port}; empty in standalone
 * @param host the address this node binds and advertises for Artery
 * @param port the Artery port (0 picks a free one)
 * @param memberDatacenters the datacenter of each etcd member, by name, which only configuration knows; a
 *     coordinator needs it to tell a datacenter split from a member cut off on its own
 */
public record ClusterSettings(String vantage, String datacenter, List<String> seeds, String host, int port,
    Map<String, String> memberDatacenters) {
  public ClusterSettings {
    seeds = List.copyOf(seeds);
    memberDatacenters = Collections.unmodifiableMap(new LinkedHashMap<>(memberDatacenters));
  }
}
