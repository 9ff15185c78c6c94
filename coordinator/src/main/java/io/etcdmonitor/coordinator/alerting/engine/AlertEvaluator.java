package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.coordinator.alerting.AlertDispatcher;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationText;
import io.etcdmonitor.coordinator.alerting.rules.AlertInput;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.SubscribeViews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Runs the {@link AlertEngine} on every view the aggregator pushes, hands the resulting notifications to the
 * {@link AlertDispatcher}, and answers the API's questions about alerts and silences. It only moves messages: the
 * engine decides, the dispatcher delivers, the store writes on its own thread.
 */
public final class AlertEvaluator extends AbstractBehavior<AlertEvaluator.Command> {

  /** Messages the evaluator understands. */
  public sealed interface Command {}

  /** Pending and firing alerts. */
  public record GetActive(ActorRef<List<ActiveAlert>> replyTo) implements Command {}

  /** Alerts that fired and ended, newest first. */
  public record GetHistory(ActorRef<List<PastAlert>> replyTo) implements Command {}

  /** Every silence, newest first. */
  public record GetSilences(ActorRef<List<Silence>> replyTo) implements Command {}

  /** Creates a silence and has it saved with the notification log. */
  public record CreateSilence(SilenceRequest request, ActorRef<SilenceCreated> replyTo) implements Command {}

  /** Ends a silence now; the reply is empty when no silence has that id. */
  public record ExpireSilence(String id, ActorRef<Optional<Silence>> replyTo) implements Command {}

  /** The answer to {@link CreateSilence}: the silence, or (with a null silence) why the request was refused. */
  public record SilenceCreated(Silence silence, String rejection) {}

  private record ViewUpdated(ClusterView view) implements Command {}

  private enum CheckViews implements Command {
    INSTANCE
  }

  /** Without a view for this long, the evaluator subscribes again (the aggregator may have restarted). */
  static final Duration VIEWS_EXPECTED_EVERY = Duration.ofSeconds(5);

  private final AlertEngine engine;
  private final ActorRef<CoordinatorMessage> aggregator;
  private final ActorRef<ClusterView> views;
  private final ActorRef<AlertDispatcher.Command> dispatcher;
  private final AlertStore store;
  private final Clock clock;
  private final Consumer<List<ActiveAlert>> published;
  private Instant lastView;
  private boolean warnedNoViews;

  /**
   * @param published receives the active alerts after every evaluation, for the Prometheus gauge
   */
  public static Behavior<Command> create(AlertEngine engine, ActorRef<CoordinatorMessage> aggregator,
      ActorRef<AlertDispatcher.Command> dispatcher, AlertStore store, Clock clock,
      Consumer<List<ActiveAlert>> published) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(CheckViews.INSTANCE, VIEWS_EXPECTED_EVERY);
      return new AlertEvaluator(context, engine, aggregator, dispatcher, store, clock, published);
    }));
  }

  private AlertEvaluator(ActorContext<Command> context, AlertEngine engine, ActorRef<CoordinatorMessage> aggregator,
      ActorRef<AlertDispatcher.Command> dispatcher, AlertStore store, Clock clock,
      Consumer<List<ActiveAlert>> published) {
    super(context);
    context.setLoggerName(AlertEvaluator.class);
    this.engine = engine;
    this.aggregator = aggregator;
    this.views = context.messageAdapter(ClusterView.class, ViewUpdated::new);
    aggregator.tell(new SubscribeViews(views));
    this.dispatcher = dispatcher;
    this.store = store;
    this.clock = clock;
    this.published = published;
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(ViewUpdated.class, this::onView)
        .onMessageEquals(CheckViews.INSTANCE, this::onCheckViews)
        .onMessage(GetActive.class, get -> reply(get.replyTo(), engine.active(clock.instant())))
        .onMessage(GetHistory.class, get -> reply(get.replyTo(), engine.history()))
        .onMessage(GetSilences.class, get -> reply(get.replyTo(), engine.silences().all()))
        .onMessage(CreateSilence.class, this::onCreateSilence)
        .onMessage(ExpireSilence.class, this::onExpireSilence)
        .onSignal(PostStop.class, stop -> {
          store.close();
          return this;
        })
        .build();
  }

  private Behavior<Command> onView(ViewUpdated updated) {
    Instant now = clock.instant();
    lastView = now;
    if (warnedNoViews) {
      warnedNoViews = false;
      getContext().getLog().info("cluster views arrive again; alerting resumes");
    }
    AlertEngine.Outcome outcome = engine.evaluate(AlertInput.of(updated.view(), now));
    for (Notification n : outcome.notifications()) {
      getContext().getLog().info("notifying {}: {}", n.groupKey(), NotificationText.oneLine(n));
      dispatcher.tell(new AlertDispatcher.Dispatch(n));
    }
    if (outcome.persist()) {
      save();
    }
    published.accept(engine.active(now));
    return this;
  }

  /** Views stopped (the aggregator restarted and forgot its subscribers): subscribe again, and say so once. */
  private Behavior<Command> onCheckViews() {
    Instant now = clock.instant();
    if (lastView == null || lastView.plus(VIEWS_EXPECTED_EVERY).isBefore(now)) {
      if (!warnedNoViews && lastView != null) {
        warnedNoViews = true;
        getContext().getLog().warn("no cluster view since {}; subscribing again, alerts are not evaluated meanwhile",
            lastView);
      }
      aggregator.tell(new SubscribeViews(views));
    }
    return this;
  }

  private Behavior<Command> onCreateSilence(CreateSilence create) {
    Instant now = clock.instant();
    try {
      Silence silence = engine.silence(create.request(), now);
      getContext().getLog().info("silence {} by '{}' until {}: {}", silence.id(), silence.createdBy(),
          silence.endsAt(), silence.matchers());
      save();
      published.accept(engine.active(now));
      create.replyTo().tell(new SilenceCreated(silence, null));
    } catch (IllegalArgumentException e) {
      create.replyTo().tell(new SilenceCreated(null, e.getMessage()));
    }
    return this;
  }

  private Behavior<Command> onExpireSilence(ExpireSilence expire) {
    Optional<Silence> expired = engine.expireSilence(expire.id(), clock.instant());
    expired.ifPresent(s -> {
      getContext().getLog().info("silence {} expired", s.id());
      save();
    });
    expire.replyTo().tell(expired);
    return this;
  }

  private void save() {
    store.save(new AlertStore.Snapshot(engine.silences().all(), engine.log().entries()));
  }

  private <T> Behavior<Command> reply(ActorRef<T> replyTo, T answer) {
    replyTo.tell(answer);
    return this;
  }
}
