package io.etcdmonitor.config;

import java.util.List;

/**
 * Where this process stands and how it joins the Pekko cluster of agents and coordinators.
 *
 * @param vantage the name of this vantage point in the reachability matrix
 * @param datacenter the Pekko multi-data-center name of this node
 * @param seeds Pekko seed nodes as {@code host:port}; empty in standalone
 * @param host the address this node binds and advertises for Artery
 * @param port the Artery port (0 picks a free one)
 */
public record ClusterSettings(String vantage, String datacenter, List<String> seeds, String host, int port) {
  public ClusterSettings {
    seeds = List.copyOf(seeds);
  }
}
