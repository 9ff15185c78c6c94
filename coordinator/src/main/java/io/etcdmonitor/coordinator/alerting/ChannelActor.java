package io.etcdmonitor.coordinator.alerting;

import io.etcdmonitor.coordinator.alerting.DeliveryQueue.Pending;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.PreRestart;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/**
 * Delivers one channel's notifications so that nothing is lost, repeated or reordered, whatever the receiver
 * does: one attempt at a time from a {@link DeliveryQueue}, each bounded by a timeout, retried as
 * {@link RetryPolicy} decides, paced by a {@link TokenBucket}, and reported to {@link DeliveryMetrics}.
 *
 * <p>Flood control delays, it never drops: beyond the limit, notifications wait in the queue, where a newer one
 * for the same group and status replaces an older one (counted as {@code coalesced}). Test notifications skip
 * the queue and are tried once; they still take a token.
 */
public final class ChannelActor extends AbstractBehavior<ChannelActor.Command> {

  /** Messages a channel actor understands. */
  public sealed interface Command {}

  /** Deliver this notification, after the ones already waiting. */
  public record Deliver(Notification notification) implements Command {}

  /** Try this test notification once, now, and answer how it went. */
  public record SendTest(Notification notification, ActorRef<TestResult> replyTo) implements Command {}

  private record AttemptFinished(long attempt, String notificationId, DeliveryResult result) implements Command {}

  private record AttemptTimedOut(long attempt) implements Command {}

  private enum Wake implements Command {
    INSTANCE
  }

  private record Attempt(Instant startedAt, ActorRef<TestResult> testReplyTo) {}

  private static final String WAKE_TIMER = "wake";

  private final NotificationChannel channel;
  private final DeliverySettings settings;
  private final RetryPolicy policy;
  private final TokenBucket bucket;
  private final DeliveryMetrics metrics;
  private final Clock clock;
  private final TimerScheduler<Command> timers;
  private final DeliveryQueue queue = new DeliveryQueue();
  private final Map<Long, Attempt> running = new HashMap<>();
  private long lastAttempt;
  private int failuresInARow;
  private boolean throttled;

  public static Behavior<Command> create(
      NotificationChannel channel, DeliverySettings settings, DeliveryMetrics metrics, Clock clock) {
    return create(channel, settings, metrics, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** With a chosen source of jitter, so tests can pin retry delays. */
  static Behavior<Command> create(NotificationChannel channel, DeliverySettings settings, DeliveryMetrics metrics,
      Clock clock, DoubleSupplier jitter) {
    return Behaviors.setup(context -> Behaviors.withTimers(
        timers -> new ChannelActor(context, timers, channel, settings, metrics, clock, jitter)));
  }

  private ChannelActor(ActorContext<Command> context, TimerScheduler<Command> timers, NotificationChannel channel,
      DeliverySettings settings, DeliveryMetrics metrics, Clock clock, DoubleSupplier jitter) {
    super(context);
    context.setLoggerName(ChannelActor.class);
    this.timers = timers;
    this.channel = channel;
    this.settings = settings;
    this.policy = new RetryPolicy(settings, jitter);
    this.bucket = new TokenBucket(settings.floodLimit(), settings.floodWindow(), clock.instant());
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Deliver.class, this::onDeliver)
        .onMessage(SendTest.class, this::onSendTest)
        .onMessage(AttemptFinished.class, this::onAttemptFinished)
        .onMessage(AttemptTimedOut.class, this::onAttemptTimedOut)
        .onMessageEquals(Wake.INSTANCE, this::pump)
        .onSignal(PreRestart.class, s -> stopping())
        .onSignal(PostStop.class, s -> stopping())
        .build();
  }

  private Behavior<Command> onDeliver(Deliver deliver) {
    Instant now = clock.instant();
    queue.offer(deliver.notification(), now).ifPresent(old -> {
      metrics.record(channel.name(), DeliveryMetrics.Result.COALESCED, Duration.between(old.acceptedAt(), now));
      getContext().getLog().debug("{}: notification {} replaces {} for group {}", channel.describe(),
          deliver.notification().id(), old.notification().id(), old.notification().groupKey());
    });
    return pump();
  }

  private Behavior<Command> onSendTest(SendTest test) {
    Instant now = clock.instant();
    if (!bucket.tryTake(now)) {
      test.replyTo().tell(new TestResult.Attempted(channel.name(), new DeliveryResult.Retryable(
          channel.describe() + " is at its limit of " + settings.floodLimit() + " per " + human(settings.floodWindow()),
          bucket.untilNext(now))));
      return this;
    }
    start(test.notification(), test.replyTo());
    return this;
  }

  /** Starts the head's next attempt unless one runs, a retry or a token is awaited, or nothing waits. */
  private Behavior<Command> pump() {
    if (queue.headInFlight() || timers.isTimerActive(WAKE_TIMER)) {
      return this;
    }
    Instant now = clock.instant();
    for (Pending p : queue.removeExpired(now, policy::expired)) {
      expire(p, now);
    }
    Optional<Pending> head = queue.head();
    if (head.isEmpty()) {
      throttled = false;
      return this;
    }
    if (head.get().attempts() == 0 && !bucket.tryTake(now)) {
      if (!throttled) {
        throttled = true;
        getContext().getLog().info("{} is over its limit of {} per {}; {} notification(s) wait", channel.describe(),
            settings.floodLimit(), human(settings.floodWindow()), queue.size());
      }
      timers.startSingleTimer(WAKE_TIMER, Wake.INSTANCE, bucket.untilNext(now));
      return this;
    }
    start(queue.beginHead().notification(), null);
    return this;
  }

  private void start(Notification n, ActorRef<TestResult> testReplyTo) {
    long id = ++lastAttempt;
    running.put(id, new Attempt(clock.instant(), testReplyTo));
    timers.startSingleTimer(id, new AttemptTimedOut(id), settings.attemptTimeout());
    getContext().pipeToSelf(send(n), (result, failure) -> new AttemptFinished(id, n.id(), failure == null
        ? result
        : new DeliveryResult.Retryable(failure.getClass().getSimpleName() + " from " + channel.describe())));
  }

  /** A channel must answer with a result; one that throws has a bug that retrying cannot fix. */
  private CompletionStage<DeliveryResult> send(Notification n) {
    try {
      CompletionStage<DeliveryResult> sent = channel.send(n);
      if (sent != null) {
        return sent;
      }
    } catch (RuntimeException e) {
      getContext().getLog().error("{} threw {} for notification {}", channel.describe(), e.getClass().getName(),
          n.id());
    }
    return CompletableFuture.completedFuture(new DeliveryResult.Permanent(channel.describe() + " failed internally"));
  }

  private Behavior<Command> onAttemptFinished(AttemptFinished finished) {
    Attempt attempt = running.remove(finished.attempt());
    if (attempt == null) {
      return lateAnswer(finished);
    }
    timers.cancel(finished.attempt());
    return conclude(attempt, finished.result());
  }

  private Behavior<Command> onAttemptTimedOut(AttemptTimedOut timedOut) {
    Attempt attempt = running.remove(timedOut.attempt());
    if (attempt == null) {
      return this;
    }
    return conclude(attempt, new DeliveryResult.Retryable(
        channel.describe() + " gave no answer within " + human(settings.attemptTimeout())));
  }

  private Behavior<Command> conclude(Attempt attempt, DeliveryResult result) {
    Instant now = clock.instant();
    if (attempt.testReplyTo() != null) {
      boolean delivered = result instanceof DeliveryResult.Delivered;
      metrics.record(channel.name(), delivered ? DeliveryMetrics.Result.DELIVERED : DeliveryMetrics.Result.FAILED,
          Duration.between(attempt.startedAt(), now));
      attempt.testReplyTo().tell(new TestResult.Attempted(channel.name(), result));
      return this;
    }
    Pending head = queue.head().orElseThrow();
    Duration age = Duration.between(head.acceptedAt(), now);
    RetryPolicy.Decision decision = policy.decide(result, head.attempts(), age);
    if (decision instanceof RetryPolicy.Done) {
      queue.removeHead();
      delivered(age);
    } else if (decision instanceof RetryPolicy.Drop drop && drop.reason() == RetryPolicy.DropReason.EXPIRED) {
      queue.failHead(result.reason());
      expire(queue.removeHead(), now);
    } else if (decision instanceof RetryPolicy.Drop) {
      queue.removeHead();
      metrics.record(channel.name(), DeliveryMetrics.Result.FAILED, age);
      getContext().getLog().warn("{} refused notification {} for group {}; dropped: {}", channel.describe(),
          head.notification().id(), head.notification().groupKey(), result.reason());
    } else if (decision instanceof RetryPolicy.Retry retry) {
      queue.failHead(result.reason());
      metrics.record(channel.name(), DeliveryMetrics.Result.RETRIED, age);
      if (++failuresInARow == 1) {
        getContext().getLog().warn("{} is failing, will retry for up to {}: {}", channel.describe(),
            human(settings.maxAge()), result.reason());
      } else {
        getContext().getLog().debug("{}: attempt {} failed, next in {}: {}", channel.describe(), head.attempts(),
            human(retry.delay()), result.reason());
      }
      timers.startSingleTimer(WAKE_TIMER, Wake.INSTANCE, retry.delay());
    }
    return pump();
  }

  /** An answer after its attempt timed out: if it says delivered, the pending retry would be a duplicate. */
  private Behavior<Command> lateAnswer(AttemptFinished finished) {
    Optional<Pending> head = queue.head();
    if (finished.result() instanceof DeliveryResult.Delivered && head.isPresent() && !queue.headInFlight()
        && head.get().notification().id().equals(finished.notificationId())) {
      timers.cancel(WAKE_TIMER);
      getContext().getLog().info("{} answered late; notification {} was delivered", channel.describe(),
          finished.notificationId());
      queue.removeHead();
      delivered(Duration.between(head.get().acceptedAt(), clock.instant()));
      return pump();
    }
    return this;
  }

  private void delivered(Duration age) {
    metrics.record(channel.name(), DeliveryMetrics.Result.DELIVERED, age);
    if (failuresInARow > 0) {
      getContext().getLog().info("{} delivers again after {} failed attempt(s)", channel.describe(), failuresInARow);
      failuresInARow = 0;
    }
  }

  private void expire(Pending p, Instant now) {
    Duration age = Duration.between(p.acceptedAt(), now);
    metrics.record(channel.name(), DeliveryMetrics.Result.EXPIRED, age);
    getContext().getLog().warn("{} dropped notification {} for group {} ({}): not delivered within {}{}",
        channel.describe(), p.notification().id(), p.notification().groupKey(), p.notification().status().label(),
        human(settings.maxAge()), p.lastFailure() == null ? "" : "; last failure: " + p.lastFailure());
  }

  private Behavior<Command> stopping() {
    if (queue.size() > 0) {
      getContext().getLog().warn("{} stops with {} undelivered notification(s)", channel.describe(), queue.size());
    }
    return this;
  }

  /** {@code 10m}, {@code 1.5s}: durations as people write them, to the millisecond. */
  static String human(Duration d) {
    return Duration.ofMillis(d.toMillis()).toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
