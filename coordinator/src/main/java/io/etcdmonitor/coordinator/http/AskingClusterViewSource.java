package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetClusterView;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * Asks the cluster-view aggregator for every request: the HTTP edge is the one place that waits on an actor, and
 * only for the configured timeout, after which the request fails with {@link ClusterViewUnavailableException}.
 */
public final class AskingClusterViewSource implements ClusterViewSource {
  private final ActorRef<CoordinatorMessage> aggregator;
  private final Duration timeout;
  private final Scheduler scheduler;

  public AskingClusterViewSource(ActorRef<CoordinatorMessage> aggregator, Duration timeout, Scheduler scheduler) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("ask timeout must be positive, got " + timeout);
    }
    this.aggregator = aggregator;
    this.timeout = timeout;
    this.scheduler = scheduler;
  }

  @Override
  public CompletionStage<ClusterView> current() {
    CompletionStage<ClusterView> answer =
        AskPattern.<CoordinatorMessage, ClusterView>ask(aggregator, GetClusterView::new, timeout, scheduler);
    return answer.exceptionallyCompose(failure -> CompletableFuture.failedStage(translate(failure)));
  }

  private Throwable translate(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
    if (cause instanceof TimeoutException) {
      return new ClusterViewUnavailableException(
          "the cluster view aggregator did not answer within " + timeout.toMillis() + " ms", cause);
    }
    return cause;
  }
}
