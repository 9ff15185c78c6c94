package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.coordinator.alerting.AlertDispatcher;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationText;
import io.etcdmonitor.coordinator.alerting.rules.AlertInput;
import io.etcdmonitor.protocol.CborSerializable;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.SubscribeViews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;

/**
 * Runs the {@link AlertEngine} on every view the aggregator pushes, hands the resulting notifications to the
 * {@link AlertDispatcher}, and answers the API's questions about alerts and silences. It only moves messages: the
 * engine decides, the dispatcher delivers, the store writes on its own thread.
 *
 * <p>With several coordinators, every one evaluates the same views, so each can answer the API and take over at
 * once; only the one its {@code deliversHere} names hands notifications to its dispatcher, the others record them
 * in their notification log as sent, so that none is paged twice, before or after a failover. Silences made or
 * expired on one are told to the others, found through the receptionist, and a coordinator that joins is told
 * every silence.
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

  /**
   * Silences one coordinator tells the others: one it created or expired, or every one it knows to a coordinator
   * that just joined. Crosses JVMs as CBOR, in the shape the silences file has on disk.
   */
  record SharedSilences(List<StoredState.StoredSilence> silences) implements Command, CborSerializable {
    static SharedSilences of(Collection<Silence> silences) {
      return new SharedSilences(silences.stream().map(StoredState::of).toList());
    }

    List<Silence> toSilences() {
      return silences.stream().map(StoredState::toSilence).toList();
    }
  }

  private record PeersListed(Receptionist.Listing listing) implements Command {}

  private enum CheckViews implements Command {
    INSTANCE
  }

  /**
   * Without a view for this long (they come several times a second), the evaluator subscribes again, every
   * {@link #CHECK_VIEWS_EVERY} until views come: the aggregator restarted, or moved to another coordinator.
   */
  static final Duration VIEWS_EXPECTED_WITHIN = Duration.ofSeconds(3);

  static final Duration CHECK_VIEWS_EVERY = Duration.ofSeconds(1);

  private static final ServiceKey<SharedSilences> PEERS =
      ServiceKey.create(SharedSilences.class, "etcd-monitor-alert-evaluator");

  private final AlertEngine engine;
  private final ActorRef<CoordinatorMessage> aggregator;
  private final ActorRef<ClusterView> views;
  private final ActorRef<AlertDispatcher.Command> dispatcher;
  private final AlertStore store;
  private final Clock clock;
  private final Consumer<List<ActiveAlert>> published;
  private final BooleanSupplier deliversHere;
  private final ActorRef<SharedSilences> self;
  private Set<ActorRef<SharedSilences>> peers = Set.of();
  private Boolean delivering;
  private Instant lastView;
  private boolean warnedNoViews;

  /**
   * @param published receives the active alerts after every evaluation, for the Prometheus gauge
   * @param deliversHere whether this evaluator's notifications go to receivers now; always, with one coordinator
   */
  public static Behavior<Command> create(AlertEngine engine, ActorRef<CoordinatorMessage> aggregator,
      ActorRef<AlertDispatcher.Command> dispatcher, AlertStore store, Clock clock,
      Consumer<List<ActiveAlert>> published, BooleanSupplier deliversHere) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(CheckViews.INSTANCE, CHECK_VIEWS_EVERY);
      return new AlertEvaluator(context, engine, aggregator, dispatcher, store, clock, published, deliversHere);
    }));
  }

  private AlertEvaluator(ActorContext<Command> context, AlertEngine engine, ActorRef<CoordinatorMessage> aggregator,
      ActorRef<AlertDispatcher.Command> dispatcher, AlertStore store, Clock clock,
      Consumer<List<ActiveAlert>> published, BooleanSupplier deliversHere) {
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
    this.deliversHere = deliversHere;
    this.self = context.getSelf().narrow();
    ActorRef<Receptionist.Command> receptionist = context.getSystem().receptionist();
    receptionist.tell(Receptionist.register(PEERS, self));
    receptionist.tell(Receptionist.subscribe(PEERS, context.messageAdapter(Receptionist.Listing.class,
        PeersListed::new)));
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
        .onMessage(SharedSilences.class, this::onShared)
        .onMessage(PeersListed.class, this::onPeersListed)
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
    boolean delivers = delivers();
    for (Notification n : outcome.notifications()) {
      if (delivers) {
        getContext().getLog().info("notifying {}: {}", n.groupKey(), NotificationText.oneLine(n));
        dispatcher.tell(new AlertDispatcher.Dispatch(n));
      } else {
        getContext().getLog().info("recorded, for the delivering coordinator to send, {}: {}", n.groupKey(),
            NotificationText.oneLine(n));
      }
    }
    if (outcome.persist()) {
      save();
    }
    published.accept(engine.active(now));
    return this;
  }

  /** Whether this evaluator delivers now; says so when that changes (and at first when it does not). */
  private boolean delivers() {
    boolean now = deliversHere.getAsBoolean();
    if (delivering == null ? !now : delivering != now) {
      getContext().getLog().info(now ? "this coordinator delivers notifications now"
          : "this coordinator does not deliver notifications now; it evaluates and records them, ready to take over");
    }
    delivering = now;
    return now;
  }

  /** Views stopped (the aggregator restarted and forgot its subscribers): subscribe again, and say so once. */
  private Behavior<Command> onCheckViews() {
    Instant now = clock.instant();
    if (lastView == null || lastView.plus(VIEWS_EXPECTED_WITHIN).isBefore(now)) {
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
      share(List.of(silence));
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
      share(List.of(s));
    });
    expire.replyTo().tell(expired);
    return this;
  }

  private Behavior<Command> onShared(SharedSilences shared) {
    if (engine.mergeSilences(shared.toSilences())) {
      save();
      published.accept(engine.active(clock.instant()));
    }
    return this;
  }

  /** Another coordinator's evaluator came or went; one that came is told every silence this one knows. */
  private Behavior<Command> onPeersListed(PeersListed message) {
    Set<ActorRef<SharedSilences>> listed = new HashSet<>(message.listing().getServiceInstances(PEERS));
    listed.remove(self);
    List<Silence> known = engine.silences().all();
    if (!known.isEmpty()) {
      listed.stream().filter(p -> !peers.contains(p)).forEach(p -> p.tell(SharedSilences.of(known)));
    }
    peers = Set.copyOf(listed);
    return this;
  }

  private void share(List<Silence> changed) {
    SharedSilences shared = SharedSilences.of(changed);
    peers.forEach(p -> p.tell(shared));
  }

  private void save() {
    store.save(new AlertStore.Snapshot(engine.silences().all(), engine.log().entries()));
  }

  private <T> Behavior<Command> reply(ActorRef<T> replyTo, T answer) {
    replyTo.tell(answer);
    return this;
  }
}
