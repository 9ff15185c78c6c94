package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.coordinator.agents.DatacenterChanged;
import io.etcdmonitor.coordinator.agents.NodeChanged;
import io.etcdmonitor.coordinator.agents.NodeEvents;
import io.etcdmonitor.coordinator.agents.NodeStatus;
import io.etcdmonitor.protocol.CoordinatorMessage;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.Member;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Subscribe;

/**
 * Pekko cluster membership and reachability, as the aggregator's {@link NodeChanged} and
 * {@link DatacenterChanged} messages; an agent node is recognised by the vantage role it carries. Pekko reports
 * reachability per member only within this node's data center, and per data center beyond it.
 */
final class ClusterNodeEvents implements NodeEvents {

  @Override
  public void subscribe(ActorContext<CoordinatorMessage> context) {
    ActorRef<ClusterEvent.MemberEvent> members =
        context.messageAdapter(ClusterEvent.MemberEvent.class, ClusterNodeEvents::membership);
    ActorRef<ClusterEvent.ReachabilityEvent> reachability =
        context.messageAdapter(ClusterEvent.ReachabilityEvent.class, ClusterNodeEvents::reachability);
    ActorRef<ClusterEvent.DataCenterReachabilityEvent> datacenters = context.messageAdapter(
        ClusterEvent.DataCenterReachabilityEvent.class, ClusterNodeEvents::datacenter);
    Cluster cluster = Cluster.get(context.getSystem());
    cluster.subscriptions().tell(Subscribe.create(members, ClusterEvent.MemberEvent.class));
    cluster.subscriptions().tell(Subscribe.create(reachability, ClusterEvent.ReachabilityEvent.class));
    cluster.subscriptions().tell(
        Subscribe.create(datacenters, ClusterEvent.DataCenterReachabilityEvent.class));
  }

  static DatacenterChanged datacenter(ClusterEvent.DataCenterReachabilityEvent event) {
    return event instanceof ClusterEvent.UnreachableDataCenter u
        ? new DatacenterChanged(u.dataCenter(), false)
        : new DatacenterChanged(((ClusterEvent.ReachableDataCenter) event).dataCenter(), true);
  }

  static NodeChanged membership(ClusterEvent.MemberEvent event) {
    NodeStatus status;
    if (event instanceof ClusterEvent.MemberRemoved) {
      status = NodeStatus.REMOVED;
    } else if (event instanceof ClusterEvent.MemberDowned) {
      status = NodeStatus.DOWNED;
    } else if (event instanceof ClusterEvent.MemberLeft || event instanceof ClusterEvent.MemberExited) {
      status = NodeStatus.LEFT;
    } else {
      status = NodeStatus.UP;
    }
    return changed(event.member(), status);
  }

  static NodeChanged reachability(ClusterEvent.ReachabilityEvent event) {
    return changed(event.member(),
        event instanceof ClusterEvent.UnreachableMember ? NodeStatus.UNREACHABLE : NodeStatus.UP);
  }

  private static NodeChanged changed(Member member, NodeStatus status) {
    String vantage = member.getRoles().stream()
        .filter(role -> role.startsWith(Role.VANTAGE_ROLE_PREFIX))
        .map(role -> role.substring(Role.VANTAGE_ROLE_PREFIX.length()))
        .findFirst()
        .orElse(null);
    return new NodeChanged(member.address().toString(), status, vantage, member.dataCenter());
  }
}
