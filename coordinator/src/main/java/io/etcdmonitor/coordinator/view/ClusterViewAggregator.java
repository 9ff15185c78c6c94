package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.AlarmReport;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetClusterView;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.MetricsReport;
import io.etcdmonitor.protocol.WriteProbeReport;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ServiceKeys;
import io.etcdmonitor.protocol.SubscribeViews;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
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
 * second cost one merge per tick. Subscribers get every view of a tick pushed to them, so alerting sees a change
 * within one tick and never waits on an ask.
 */
public final class ClusterViewAggregator extends AbstractBehavior<CoordinatorMessage> {

  private enum Refresh implements CoordinatorMessage {
    INSTANCE
  }

  private record SubscriberStopped(ActorRef<ClusterView> subscriber) implements CoordinatorMessage {}

  /** How long a probe result counts as "now", and how often the view is recomputed. */
  public record Settings(Duration staleAfter, Duration refreshEvery, Duration latencyWindow) {
    /** Derived from the probe cadence: stale after three missed probes. */
    public static Settings forProbes(Duration interval, Duration timeout, Duration latencyWindow) {
      Duration stale = interval.multipliedBy(3).plus(timeout);
      Duration refresh = interval.dividedBy(4);
      if (refresh.compareTo(Duration.ofMillis(50)) < 0) {
        refresh = Duration.ofMillis(50);
      }
      if (refresh.compareTo(Duration.ofMillis(250)) > 0) {
        refresh = Duration.ofMillis(250);
      }
      return new Settings(stale, refresh, latencyWindow);
    }
  }

  private final ClusterViewBuilder builder;
  private final Clock clock;
  private final Set<ActorRef<ClusterView>> subscribers = new LinkedHashSet<>();
  private ClusterView view;
  private boolean dirty = true;

  public static Behavior<CoordinatorMessage> create(Settings settings, Clock clock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(Refresh.INSTANCE, settings.refreshEvery());
      context.getSystem().receptionist().tell(
          Receptionist.register(ServiceKeys.AGGREGATOR, context.getSelf().<AgentReport>narrow()));
      return new ClusterViewAggregator(context, settings, clock);
    }));
  }

  private ClusterViewAggregator(ActorContext<CoordinatorMessage> context, Settings settings, Clock clock) {
    super(context);
    this.builder = new ClusterViewBuilder(settings.staleAfter(), settings.latencyWindow());
    this.clock = clock;
    this.view = ClusterView.empty(clock.instant());
  }

  @Override
  public Receive<CoordinatorMessage> createReceive() {
    return newReceiveBuilder()
        .onMessage(ProbeReport.class, r -> changed(() -> builder.add(r)))
        .onMessage(MembershipReport.class, r -> changed(() -> builder.add(r)))
        .onMessage(AlarmReport.class, r -> changed(() -> builder.add(r)))
        .onMessage(MetricsReport.class, r -> changed(() -> builder.add(r)))
        .onMessage(WriteProbeReport.class, r -> changed(() -> builder.add(r)))
        .onMessage(Refresh.class, r -> refresh())
        .onMessage(GetClusterView.class, this::onGet)
        .onMessage(SubscribeViews.class, this::onSubscribe)
        .onMessage(SubscriberStopped.class, s -> {
          subscribers.remove(s.subscriber());
          return this;
        })
        .build();
  }

  private Behavior<CoordinatorMessage> changed(Runnable update) {
    update.run();
    dirty = true;
    return this;
  }

  /** Recomputes even without new reports: results age, and a silent probe must show as stale. */
  private Behavior<CoordinatorMessage> refresh() {
    dirty = true;
    ClusterView fresh = current();
    subscribers.forEach(s -> s.tell(fresh));
    return this;
  }

  private Behavior<CoordinatorMessage> onSubscribe(SubscribeViews subscribe) {
    if (subscribers.add(subscribe.subscriber())) {
      getContext().watchWith(subscribe.subscriber(), new SubscriberStopped(subscribe.subscriber()));
    }
    subscribe.subscriber().tell(current());
    return this;
  }

  private Behavior<CoordinatorMessage> onGet(GetClusterView get) {
    get.replyTo().tell(current());
    return this;
  }

  private ClusterView current() {
    if (dirty) {
      view = builder.view(clock.instant());
      dirty = false;
    }
    return view;
  }
}
