package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.protocol.AgentList;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetAgents;
import io.etcdmonitor.protocol.GetClusterView;
import io.etcdmonitor.protocol.GetNetworkView;
import io.etcdmonitor.protocol.NetworkView;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * Asks the cluster-view aggregator for every request: the HTTP edge is the one place that waits on an actor, and
 * only for the configured timeout, after which the request fails with {@link ClusterViewUnavailableException}.
 * The aggregator is a local actor in standalone and the cluster singleton's proxy on a coordinator.
 */
public final class AskingClusterViewSource implements ClusterViewSource, AgentSource, NetworkSource {
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
    return ask(GetClusterView::new);
  }

  @Override
  public CompletionStage<AgentList> agents() {
    return ask(GetAgents::new);
  }

  @Override
  public CompletionStage<NetworkView> network() {
    return ask(GetNetworkView::new);
  }

  private <T> CompletionStage<T> ask(Function<ActorRef<T>, CoordinatorMessage> question) {
    CompletionStage<T> answer = AskPattern.ask(aggregator, question::apply, timeout, scheduler);
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
