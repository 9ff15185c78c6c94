package io.etcdmonitor.coordinator.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.etcdmonitor.config.AlertRuleCatalog;
import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.AlertDispatcher;
import io.etcdmonitor.coordinator.alerting.rules.Rules;
import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.SubscribeViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ManualTime;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator's plumbing: views in, notifications to the dispatcher, state to disk, and never going deaf. */
class AlertEvaluatorTest {
  private final ActorTestKit testKit = ActorTestKit.create(ManualTime.config());
  private final ManualTime time = ManualTime.get(testKit.system());
  private final AtomicReference<Instant> now = new AtomicReference<>(Scenario.START);
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  @TempDir Path dataDir;

  @AfterEach
  void stop() {
    testKit.shutdownTestKit();
  }

  private ActorRef<AlertEvaluator.Command> spawn(TestProbe<CoordinatorMessage> aggregator,
      TestProbe<AlertDispatcher.Command> dispatcher, AlertStore store) {
    Map<String, EffectiveRule> rules = AlertRuleCatalog.resolve(Harness.SEED, Map.of());
    AlertEngine engine = new AlertEngine(Rules.enabled(rules), rules,
        EngineSettings.defaults("etcd", Duration.ofSeconds(10)), store.loadLog(), store.loadSilences());
    return testKit.spawn(AlertEvaluator.create(engine, aggregator.ref(), dispatcher.ref(), store, clock, a -> { }));
  }

  /** Returns once the evaluator handled everything sent to it before: the clock may move on. */
  private void processed(ActorRef<AlertEvaluator.Command> evaluator) {
    TestProbe<List<ActiveAlert>> answer = testKit.createTestProbe();
    evaluator.tell(new AlertEvaluator.GetActive(answer.ref()));
    answer.receiveMessage();
  }

  @Test
  void aFiringAlertReachesTheDispatcherAfterTheGroupWaitAndIsSaved() throws Exception {
    TestProbe<CoordinatorMessage> aggregator = testKit.createTestProbe();
    TestProbe<AlertDispatcher.Command> dispatcher = testKit.createTestProbe();
    ActorRef<AlertEvaluator.Command> evaluator = spawn(aggregator, dispatcher, AlertStore.open(dataDir));
    ActorRef<ClusterView> views = aggregator.expectMessageClass(SubscribeViews.class).subscriber();
    Scenario cluster = new Scenario();
    cluster.alarms.add(new Alarm(1, "NOSPACE"));

    views.tell(cluster.view());
    processed(evaluator);
    now.set(now.get().plusMillis(1100));
    views.tell(cluster.view());

    AlertDispatcher.Dispatch dispatch = dispatcher.expectMessageClass(AlertDispatcher.Dispatch.class);
    assertThat(dispatch.notification().alerts()).extracting(a -> a.labels().get("alarm")).containsExactly("NOSPACE");
    Path log = dataDir.resolve("alerting/notification-log.json");
    await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(log)
        && Files.readString(log).contains("etcdAlarmActive"));
  }

  @Test
  void withoutViewsItSubscribesAgainSoAnAggregatorRestartDoesNotSilenceAlerting() throws Exception {
    TestProbe<CoordinatorMessage> aggregator = testKit.createTestProbe();
    TestProbe<AlertDispatcher.Command> dispatcher = testKit.createTestProbe();
    ActorRef<AlertEvaluator.Command> evaluator = spawn(aggregator, dispatcher, AlertStore.open(dataDir));
    ActorRef<ClusterView> views = aggregator.expectMessageClass(SubscribeViews.class).subscriber();
    views.tell(new Scenario().view());
    processed(evaluator);

    now.set(now.get().plusSeconds(3));
    time.timePasses(AlertEvaluator.VIEWS_EXPECTED_EVERY);
    aggregator.expectNoMessage();
    now.set(now.get().plusSeconds(6));
    time.timePasses(AlertEvaluator.VIEWS_EXPECTED_EVERY);

    assertThat(aggregator.expectMessageClass(SubscribeViews.class).subscriber()).isEqualTo(views);
  }
}
