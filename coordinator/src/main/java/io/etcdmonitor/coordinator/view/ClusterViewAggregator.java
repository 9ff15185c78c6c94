package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.coordinator.agents.AgentTracker;
import io.etcdmonitor.coordinator.agents.DatacenterChanged;
import io.etcdmonitor.coordinator.agents.NodeChanged;
import io.etcdmonitor.coordinator.agents.NodeEvents;
import io.etcdmonitor.coordinator.partition.PartitionClassifier;
import io.etcdmonitor.coordinator.partition.PartitionDetector;
import io.etcdmonitor.protocol.AgentList;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.AlarmReport;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetAgents;
import io.etcdmonitor.protocol.GetClusterView;
import io.etcdmonitor.protocol.GetNetworkView;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.MetricsReport;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ServiceKeys;
import io.etcdmonitor.protocol.SubscribeViews;
import io.etcdmonitor.protocol.WriteProbeReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.receptionist.Receptionist;

/**
 * Keeps the latest report per (vantage, member) and turns them into the current {@link ClusterView}. It
 * registers with the receptionist so agents find it in this JVM or across the cluster, and recomputes the
 * view on a short tick (and on demand after new reports) rather than per report, so thousands of reports per
 * second cost one merge per tick. Once per probe interval it classifies the reachability and peer matrices
 * into partition verdicts, which the view carries. It also tracks the agents themselves, from their reports
 * and from the transport's node events, because a silent agent is a monitor problem and must not read as an
 * etcd one. Subscribers get every view of a tick pushed to them, so alerting sees a change within one tick and
 * never waits on an ask.
 */
public final class ClusterViewAggregator extends AbstractBehavior<CoordinatorMessage> {
  private static final int VERDICT_HISTORY = 100;

  private enum Refresh implements CoordinatorMessage {
    INSTANCE
  }

  private enum Observe implements CoordinatorMessage {
    INSTANCE
  }

  private record SubscriberStopped(ActorRef<ClusterView> subscriber) implements CoordinatorMessage {}

  /**
   * How long a probe result counts as "now", how often the view is recomputed, and how often the partition
   * classifier observes (its hysteresis counts observations, so once per probe interval); and each member's
   * datacenter, which only configuration knows.
   */
  public record Settings(Duration staleAfter, Duration refreshEvery, Duration latencyWindow, Duration observeEvery,
      Duration metricsStaleAfter, Map<String, String> memberDatacenters) {
    public Settings {
      memberDatacenters = Map.copyOf(memberDatacenters);
    }

    /** Derived from the probe cadence: stale after three missed probes or three missed scrapes. */
    public static Settings forProbes(Duration interval, Duration timeout, Duration latencyWindow,
        Duration metricsInterval, Map<String, String> memberDatacenters) {
      Duration stale = interval.multipliedBy(3).plus(timeout);
      Duration refresh = interval.dividedBy(4);
      if (refresh.compareTo(Duration.ofMillis(50)) < 0) {
        refresh = Duration.ofMillis(50);
      }
      if (refresh.compareTo(Duration.ofMillis(250)) > 0) {
        refresh = Duration.ofMillis(250);
      }
      return new Settings(stale, refresh, latencyWindow, interval, metricsInterval.multipliedBy(3),
          memberDatacenters);
    }
  }

  private final ClusterViewBuilder builder;
  private final AgentTracker agents;
  private final PartitionDetector partitions;
  private final Clock clock;
  private final Set<ActorRef<ClusterView>> subscribers = new LinkedHashSet<>();
  private ClusterView view;
  private boolean dirty = true;

  /** An aggregator that learns of agents only from their reports, as in standalone. */
  public static Behavior<CoordinatorMessage> create(Settings settings, Clock clock) {
    return create(settings, clock, NodeEvents.NONE);
  }

  public static Behavior<CoordinatorMessage> create(Settings settings, Clock clock, NodeEvents nodeEvents) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(Refresh.INSTANCE, settings.refreshEvery());
      timers.startTimerWithFixedDelay(Observe.INSTANCE, settings.observeEvery());
      context.getSystem().receptionist().tell(
          Receptionist.register(ServiceKeys.AGGREGATOR, context.getSelf().<AgentReport>narrow()));
      nodeEvents.subscribe(context);
      return new ClusterViewAggregator(context, settings, clock);
    }));
  }

  private ClusterViewAggregator(ActorContext<CoordinatorMessage> context, Settings settings, Clock clock) {
    super(context);
    context.setLoggerName(ClusterViewAggregator.class);
    this.builder = new ClusterViewBuilder(settings.staleAfter(), settings.latencyWindow());
    this.agents = new AgentTracker(settings.staleAfter());
    this.partitions = new PartitionDetector(settings.staleAfter(), settings.metricsStaleAfter(),
        PartitionClassifier.Settings.defaults(), VERDICT_HISTORY, settings.memberDatacenters(), clock.instant());
    this.clock = clock;
    this.view = ClusterView.empty(clock.instant());
  }

  @Override
  public Receive<CoordinatorMessage> createReceive() {
    return newReceiveBuilder()
        .onMessage(ProbeReport.class, r -> changed(r, r.datacenter(), now -> {
          builder.add(r);
          partitions.add(r, now);
        }))
        .onMessage(MembershipReport.class, r -> changed(r, r.datacenter(), now -> {
          builder.add(r);
          partitions.members(builder.members());
        }))
        .onMessage(AlarmReport.class, r -> changed(r, null, now -> builder.add(r)))
        .onMessage(MetricsReport.class, r -> changed(r, null, now -> {
          builder.add(r);
          partitions.add(r, now);
        }))
        .onMessage(WriteProbeReport.class, r -> changed(r, null, now -> builder.add(r)))
        .onMessage(NodeChanged.class, this::onNodeChanged)
        .onMessage(DatacenterChanged.class, this::onDatacenterChanged)
        .onMessage(Refresh.class, r -> refresh())
        .onMessage(Observe.class, o -> observe())
        .onMessage(GetClusterView.class, this::onGet)
        .onMessage(GetNetworkView.class, this::onGetNetwork)
        .onMessage(GetAgents.class, this::onGetAgents)
        .onMessage(SubscribeViews.class, this::onSubscribe)
        .onMessage(SubscriberStopped.class, s -> {
          subscribers.remove(s.subscriber());
          return this;
        })
        .build();
  }

  private Behavior<CoordinatorMessage> changed(AgentReport report, String datacenter, Update update) {
    Instant now = clock.instant();
    agents.heard(report.vantage(), datacenter, now);
    update.apply(now);
    dirty = true;
    return this;
  }

  private Behavior<CoordinatorMessage> onNodeChanged(NodeChanged changed) {
    agents.node(changed, clock.instant());
    return this;
  }

  private Behavior<CoordinatorMessage> onDatacenterChanged(DatacenterChanged changed) {
    agents.datacenter(changed);
    return this;
  }

  private Behavior<CoordinatorMessage> onGetAgents(GetAgents get) {
    Instant now = clock.instant();
    get.replyTo().tell(new AgentList(now, agents.agents(now)));
    return this;
  }

  /** Recomputes even without new reports: results age, and a silent probe must show as stale. */
  private Behavior<CoordinatorMessage> refresh() {
    dirty = true;
    ClusterView fresh = current();
    subscribers.forEach(subscriber -> subscriber.tell(fresh));
    return this;
  }

  private Behavior<CoordinatorMessage> onSubscribe(SubscribeViews subscribe) {
    if (subscribers.add(subscribe.subscriber())) {
      getContext().watchWith(subscribe.subscriber(), new SubscriberStopped(subscribe.subscriber()));
    }
    subscribe.subscriber().tell(current());
    return this;
  }

  private Behavior<CoordinatorMessage> observe() {
    partitions.observe(clock.instant());
    dirty = true;
    return this;
  }

  private Behavior<CoordinatorMessage> onGet(GetClusterView get) {
    get.replyTo().tell(current());
    return this;
  }

  private Behavior<CoordinatorMessage> onGetNetwork(GetNetworkView get) {
    get.replyTo().tell(partitions.latest());
    return this;
  }

  private ClusterView current() {
    if (dirty) {
      view = builder.view(clock.instant()).withPartitions(partitions.latest().active());
      dirty = false;
    }
    return view;
  }

  /** What one report changes, given when it was received. */
  @FunctionalInterface
  private interface Update {
    void apply(Instant receivedAt);
  }
}
