package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.config.ClusterSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The three ways to run etcd-monitor. They share every actor and route; they differ only in transport (one JVM,
 * or a Pekko cluster) and in which half of the work they do.
 */
public enum Role {
  /** Agent and coordinator in one JVM, no cluster: the quickstart. */
  STANDALONE(null, true, true),
  /** A vantage point: probes every member and reports to the coordinators through the cluster. */
  AGENT("agent", true, false),
  /** Runs the aggregator as a cluster singleton and serves the API through it. */
  COORDINATOR("coordinator", false, true);

  /** Prefix of the extra cluster role that names an agent's vantage, so membership alone says who is who. */
  static final String VANTAGE_ROLE_PREFIX = "vantage-";
  private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

  private final String clusterRole;
  private final boolean probes;
  private final boolean servesApi;

  Role(String clusterRole, boolean probes, boolean servesApi) {
    this.clusterRole = clusterRole;
    this.probes = probes;
    this.servesApi = servesApi;
  }

  /** The Pekko cluster role name, or null in standalone. */
  public String clusterRole() {
    return clusterRole;
  }

  /** Every Pekko cluster role a node of this role has: an agent also carries its vantage. */
  List<String> clusterRoles(ClusterSettings cluster) {
    return this == AGENT ? List.of(clusterRole, VANTAGE_ROLE_PREFIX + cluster.vantage()) : List.of(clusterRole);
  }

  public boolean probes() {
    return probes;
  }

  public boolean servesApi() {
    return servesApi;
  }

  /**
   * What keeps this role from joining a cluster with these settings, one {@code key: problem} line each; empty
   * when it can. Standalone needs nothing.
   */
  public List<String> problems(ClusterSettings cluster) {
    List<String> problems = new ArrayList<>();
    if (clusterRole == null) {
      return problems;
    }
    if (cluster.seeds().isEmpty()) {
      problems.add("cluster.seeds: is required for the " + clusterRole + " role; set cluster.seeds, --cluster-seeds"
          + " or CLUSTER_SEEDS to the host:port of one or more coordinators");
    }
    if (WILDCARDS.contains(cluster.host())) {
      problems.add("cluster.host: " + cluster.host() + " is where other nodes would connect to this one; set an"
          + " address they can reach");
    }
    return problems;
  }
}
