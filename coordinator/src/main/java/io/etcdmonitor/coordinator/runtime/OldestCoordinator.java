package io.etcdmonitor.coordinator.runtime;

import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.Member;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;

/**
 * Whether this node is the coordinator that delivers notifications: the oldest {@code Up} coordinator of its data
 * center, the one that also holds that data center's aggregator singleton, so that delivery moves with the views
 * it depends on. Every coordinator of the data center decides from the same gossiped membership and picks the same
 * one. Coordinators in two data centers both deliver, as Pekko runs a singleton in each: a lost data center must
 * not take the pages with it. Reading the membership is a volatile read, safe inside an actor.
 */
final class OldestCoordinator implements BooleanSupplier {
  private final Cluster cluster;

  OldestCoordinator(ActorSystem<?> system) {
    this.cluster = Cluster.get(system);
  }

  @Override
  public boolean getAsBoolean() {
    Member self = cluster.selfMember();
    return StreamSupport.stream(cluster.state().getMembers().spliterator(), false)
        .filter(m -> m.status() == MemberStatus.up() && m.hasRole(Role.COORDINATOR.clusterRole())
            && m.dataCenter().equals(self.dataCenter()))
        .reduce((a, b) -> b.isOlderThan(a) ? b : a)
        .map(self::equals)
        .orElse(false);
  }
}
