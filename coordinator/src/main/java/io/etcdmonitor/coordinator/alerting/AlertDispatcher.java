package io.etcdmonitor.coordinator.alerting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Fans every notification out to all channels, each behind its own supervised {@link ChannelActor}, so a slow or
 * failing channel never delays another. Channels can be added while running; a test goes to one channel only.
 */
public final class AlertDispatcher extends AbstractBehavior<AlertDispatcher.Command> {

  /** Messages the dispatcher understands. */
  public sealed interface Command {}

  /** Send to every channel. */
  public record Dispatch(Notification notification) implements Command {}

  /** Start delivering through one more channel; its name must be new. */
  public record AddChannel(NotificationChannel channel) implements Command {}

  /** Send a test notification through the channel with this name and answer with its first attempt's result. */
  public record SendTest(String channelName, ActorRef<TestResult> replyTo) implements Command {}

  private final DeliverySettings settings;
  private final DeliveryMetrics metrics;
  private final Clock clock;
  private final Map<String, ActorRef<ChannelActor.Command>> channels = new LinkedHashMap<>();

  public static Behavior<Command> create(
      List<NotificationChannel> channels, DeliverySettings settings, DeliveryMetrics metrics, Clock clock) {
    return Behaviors.setup(context -> new AlertDispatcher(context, channels, settings, metrics, clock));
  }

  private AlertDispatcher(ActorContext<Command> context, List<NotificationChannel> initial,
      DeliverySettings settings, DeliveryMetrics metrics, Clock clock) {
    super(context);
    context.setLoggerName(AlertDispatcher.class);
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
    context.getLog().info("alerting through {}", initial.stream().filter(this::add)
        .map(NotificationChannel::describe).collect(Collectors.joining(", ")));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Dispatch.class, this::onDispatch)
        .onMessage(AddChannel.class, this::onAddChannel)
        .onMessage(SendTest.class, this::onSendTest)
        .build();
  }

  private Behavior<Command> onDispatch(Dispatch dispatch) {
    ChannelActor.Deliver deliver = new ChannelActor.Deliver(dispatch.notification());
    channels.values().forEach(channel -> channel.tell(deliver));
    return this;
  }

  private Behavior<Command> onAddChannel(AddChannel add) {
    if (add(add.channel())) {
      getContext().getLog().info("added {}", add.channel().describe());
    }
    return this;
  }

  private Behavior<Command> onSendTest(SendTest test) {
    ActorRef<ChannelActor.Command> channel = channels.get(test.channelName());
    if (channel == null) {
      test.replyTo().tell(new TestResult.UnknownChannel(test.channelName(), List.copyOf(channels.keySet())));
    } else {
      channel.tell(new ChannelActor.SendTest(Notification.test(test.channelName(), clock.instant()), test.replyTo()));
    }
    return this;
  }

  private boolean add(NotificationChannel channel) {
    if (channels.containsKey(channel.name())) {
      getContext().getLog().warn("not adding {}: a channel with that name exists", channel.describe());
      return false;
    }
    Behavior<ChannelActor.Command> actor = Behaviors.supervise(ChannelActor.create(channel, settings, metrics, clock))
        .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2));
    String name = "channel-" + URLEncoder.encode(channel.name(), StandardCharsets.UTF_8);
    channels.put(channel.name(), getContext().spawn(actor, name));
    return true;
  }
}
