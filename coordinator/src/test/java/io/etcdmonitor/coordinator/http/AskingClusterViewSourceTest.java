package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetClusterView;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AskingClusterViewSourceTest {
  static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  static Behavior<CoordinatorMessage> answering(ClusterView view) {
    return Behaviors.receive(CoordinatorMessage.class)
        .onMessage(GetClusterView.class, ask -> {
          ask.replyTo().tell(view);
          return Behaviors.same();
        })
        .build();
  }

  @Test
  void answersWithTheAggregatorsView() throws Exception {
    ActorRef<CoordinatorMessage> aggregator = testKit.spawn(answering(Views.quorumLost()));
    AskingClusterViewSource source = new AskingClusterViewSource(aggregator, Duration.ofSeconds(3),
        testKit.scheduler());

    ClusterView view = source.current().toCompletableFuture().get(5, TimeUnit.SECONDS);

    assertThat(view).isEqualTo(Views.quorumLost());
  }

  @Test
  void silenceBecomesUnavailableAfterTheTimeout() {
    ActorRef<CoordinatorMessage> silent = testKit.spawn(Behaviors.ignore());
    AskingClusterViewSource source = new AskingClusterViewSource(silent, Duration.ofMillis(100),
        testKit.scheduler());

    assertThatThrownBy(() -> source.current().toCompletableFuture().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ClusterViewUnavailableException.class)
        .hasMessage("the cluster view aggregator did not answer within 100 ms");
  }

  @Test
  void refusesANonPositiveTimeout() {
    ActorRef<CoordinatorMessage> silent = testKit.spawn(Behaviors.ignore());

    assertThatThrownBy(() -> new AskingClusterViewSource(silent, Duration.ZERO, testKit.scheduler()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ask timeout must be positive, got PT0S");
  }
}
