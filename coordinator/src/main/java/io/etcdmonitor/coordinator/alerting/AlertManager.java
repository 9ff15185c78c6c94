package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * The plain Java face of alerting for code outside actors, as in the seed's
 * {@code alertManager.addChannel(new SlackChannel(...))}: every call is a message to the {@link AlertDispatcher}.
 */
public final class AlertManager {
  private final ActorRef<AlertDispatcher.Command> dispatcher;
  private final Scheduler scheduler;

  public AlertManager(ActorRef<AlertDispatcher.Command> dispatcher, Scheduler scheduler) {
    this.dispatcher = dispatcher;
    this.scheduler = scheduler;
  }

  /** Delivers through {@code channel} from now on, beside the configured ones. */
  public void addChannel(NotificationChannel channel) {
    dispatcher.tell(new AlertDispatcher.AddChannel(channel));
  }

  /** Sends {@code notification} through every channel. */
  public void dispatch(Notification notification) {
    dispatcher.tell(new AlertDispatcher.Dispatch(notification));
  }

  /**
   * Sends a test notification through one channel; completes with the first attempt's result, or fails with a
   * {@link java.util.concurrent.TimeoutException} after {@code timeout}.
   */
  public CompletionStage<TestResult> sendTest(String channelName, Duration timeout) {
    return AskPattern.ask(dispatcher, replyTo -> new AlertDispatcher.SendTest(channelName, replyTo), timeout,
        scheduler);
  }
}
