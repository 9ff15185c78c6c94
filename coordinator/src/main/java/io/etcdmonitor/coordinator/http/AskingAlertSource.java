package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.alerting.AlertManager;
import io.etcdmonitor.coordinator.alerting.TestResult;
import io.etcdmonitor.coordinator.alerting.engine.ActiveAlert;
import io.etcdmonitor.coordinator.alerting.engine.AlertEvaluator;
import io.etcdmonitor.coordinator.alerting.engine.PastAlert;
import io.etcdmonitor.coordinator.alerting.engine.Silence;
import io.etcdmonitor.coordinator.alerting.engine.SilenceRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * Asks the alert evaluator (and, for tests, the dispatcher through {@link AlertManager}) with a timeout: the HTTP
 * edge is the one place that waits on an actor.
 */
public final class AskingAlertSource implements AlertSource {
  private final ActorRef<AlertEvaluator.Command> evaluator;
  private final AlertManager manager;
  private final Duration timeout;
  private final Duration testTimeout;
  private final Scheduler scheduler;

  /** @param testTimeout how long a test notification may take: longer than one delivery attempt */
  public AskingAlertSource(ActorRef<AlertEvaluator.Command> evaluator, AlertManager manager, Duration timeout,
      Duration testTimeout, Scheduler scheduler) {
    this.evaluator = evaluator;
    this.manager = manager;
    this.timeout = timeout;
    this.testTimeout = testTimeout;
    this.scheduler = scheduler;
  }

  @Override
  public CompletionStage<List<ActiveAlert>> active() {
    return ask(AlertEvaluator.GetActive::new);
  }

  @Override
  public CompletionStage<List<PastAlert>> history() {
    return ask(AlertEvaluator.GetHistory::new);
  }

  @Override
  public CompletionStage<List<Silence>> silences() {
    return ask(AlertEvaluator.GetSilences::new);
  }

  @Override
  public CompletionStage<AlertEvaluator.SilenceCreated> createSilence(SilenceRequest request) {
    return ask(replyTo -> new AlertEvaluator.CreateSilence(request, replyTo));
  }

  @Override
  public CompletionStage<Optional<Silence>> expireSilence(String id) {
    return ask(replyTo -> new AlertEvaluator.ExpireSilence(id, replyTo));
  }

  @Override
  public CompletionStage<TestResult> sendTest(String channel) {
    return translate(manager.sendTest(channel, testTimeout), "the channel gave no answer within "
        + testTimeout.toSeconds() + " s");
  }

  private <T> CompletionStage<T> ask(Function<ActorRef<T>, AlertEvaluator.Command> message) {
    return translate(AskPattern.ask(evaluator, message::apply, timeout, scheduler),
        "alerting did not answer within " + timeout.toMillis() + " ms");
  }

  private static <T> CompletionStage<T> translate(CompletionStage<T> answer, String onTimeout) {
    return answer.exceptionallyCompose(failure -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      return CompletableFuture.failedStage(cause instanceof TimeoutException
          ? new AlertsUnavailableException(onTimeout, cause) : cause);
    });
  }
}
