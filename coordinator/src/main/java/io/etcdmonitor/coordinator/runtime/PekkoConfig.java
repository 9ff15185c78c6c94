package io.etcdmonitor.coordinator.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.etcdmonitor.config.ClusterSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pekko settings per role: standalone needs no remoting; agent and coordinator join one cluster over Artery TCP
 * and differ only in their cluster role. Message serialization (jackson-cbor, no Java serialization) comes from
 * the protocol module's {@code reference.conf} for every role alike.
 *
 * <p>Why a 5 s split-brain {@code stable-after}: Pekko's guidance scales it with cluster size from 7 s for about
 * five nodes, and ours is a handful of coordinators plus one agent per etcd host or datacenter. Downing an agent
 * or coordinator wrongly costs little here (no persisted state: a downed node restarts and the aggregator
 * rebuilds its view from the next reports), while every second of stable-after is a second the API cannot answer
 * after the singleton's node crashes. The failure detector's default 3 s acceptable heartbeat pause already
 * absorbs GC pauses; 5 s more lets a flapping link settle before anyone is downed.
 *
 * <p>Why a 1 s {@code down-removal-margin} instead of the resolver's default (stable-after again): the margin
 * keeps a downed node's singleton from overlapping with its successor, which matters for singletons with
 * persistent or external effects. The aggregator only folds reports into a view; two of them for a moment build
 * two equal views. After a crash the margin is pure delay, and in a partition the downed side stops itself at the
 * same stable-after tick, so 1 s still covers its shutdown in the usual case.
 */
final class PekkoConfig {
  static final String SYSTEM_NAME = "etcd-monitor";
  private static final String STABLE_AFTER = "5s";
  private static final String DOWN_REMOVAL_MARGIN = "1s";
  private static final String SBR = "org.apache.pekko.cluster.sbr.SplitBrainResolverProvider";

  private PekkoConfig() {}

  static Config forRole(Role role, ClusterSettings cluster) {
    return role == Role.STANDALONE ? standalone() : clustered(role, cluster);
  }

  static Config standalone() {
    return ConfigFactory.parseString("pekko.actor.provider = local").withFallback(ConfigFactory.load());
  }

  private static Config clustered(Role role, ClusterSettings cluster) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("pekko.actor.provider", "cluster");
    settings.put("pekko.remote.artery.transport", "tcp");
    settings.put("pekko.remote.artery.canonical.hostname", cluster.host());
    settings.put("pekko.remote.artery.canonical.port", cluster.port());
    settings.put("pekko.cluster.seed-nodes", cluster.seeds().stream().map(PekkoConfig::seedAddress).toList());
    settings.put("pekko.cluster.roles", role.clusterRoles(cluster));
    settings.put("pekko.cluster.multi-data-center.self-data-center", cluster.datacenter());
    settings.put("pekko.cluster.downing-provider-class", SBR);
    settings.put("pekko.cluster.split-brain-resolver.active-strategy", "keep-majority");
    settings.put("pekko.cluster.split-brain-resolver.stable-after", STABLE_AFTER);
    settings.put("pekko.cluster.down-removal-margin", DOWN_REMOVAL_MARGIN);
    return ConfigFactory.parseMap(settings).withFallback(ConfigFactory.load());
  }

  /** {@code host:port} as the config loader keeps it (IPv6 without brackets) to a Pekko node address. */
  static String seedAddress(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    String host = hostPort.substring(0, colon);
    String port = hostPort.substring(colon + 1);
    return "pekko://" + SYSTEM_NAME + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
