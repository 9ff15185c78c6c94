package io.etcdmonitor.agent.report;

import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.AlarmReport;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.ServiceKeys;
import java.util.Set;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.receptionist.Receptionist;

/**
 * Sends this agent's reports to every aggregator the receptionist knows, in this JVM or across the Pekko
 * cluster; the same code serves standalone and distributed roles. Probe reports that find no aggregator are
 * dropped (the next one follows within an interval), but the latest member list and alarms are kept and
 * replayed when an aggregator appears, so a new coordinator has a complete view at once.
 */
public final class ReportPublisher extends AbstractBehavior<ReportPublisher.Command> {

  /** Messages the publisher understands: reports to send, and receptionist updates. */
  public sealed interface Command permits Publish, AggregatorsChanged {}

  /** A report to send. */
  public record Publish(AgentReport report) implements Command {}

  private record AggregatorsChanged(Receptionist.Listing listing) implements Command {}

  private Set<ActorRef<AgentReport>> aggregators = Set.of();
  private MembershipReport lastMembership;
  private AlarmReport lastAlarms;

  public static Behavior<Command> create() {
    return Behaviors.setup(ReportPublisher::new);
  }

  private ReportPublisher(ActorContext<Command> context) {
    super(context);
    context.setLoggerName(ReportPublisher.class);
    ActorRef<Receptionist.Listing> adapter =
        context.messageAdapter(Receptionist.Listing.class, AggregatorsChanged::new);
    context.getSystem().receptionist().tell(Receptionist.subscribe(ServiceKeys.AGGREGATOR, adapter));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Publish.class, this::onPublish)
        .onMessage(AggregatorsChanged.class, this::onAggregatorsChanged)
        .build();
  }

  private Behavior<Command> onPublish(Publish publish) {
    AgentReport report = publish.report();
    if (report instanceof MembershipReport m) {
      lastMembership = m;
    } else if (report instanceof AlarmReport a) {
      lastAlarms = a;
    }
    aggregators.forEach(a -> a.tell(report));
    return this;
  }

  private Behavior<Command> onAggregatorsChanged(AggregatorsChanged changed) {
    Set<ActorRef<AgentReport>> now = changed.listing().getServiceInstances(ServiceKeys.AGGREGATOR);
    for (ActorRef<AgentReport> aggregator : now) {
      if (!aggregators.contains(aggregator)) {
        getContext().getLog().info("reporting to aggregator {}", aggregator.path());
        if (lastMembership != null) {
          aggregator.tell(lastMembership);
        }
        if (lastAlarms != null) {
          aggregator.tell(lastAlarms);
        }
      }
    }
    aggregators = Set.copyOf(now);
    return this;
  }
}
