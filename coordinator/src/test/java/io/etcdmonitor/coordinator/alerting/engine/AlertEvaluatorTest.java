package io.etcdmonitor.coordinator.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.etcdmonitor.config.AlertRuleCatalog;
import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.ManualTime;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializer;
import org.apache.pekko.serialization.Serializers;
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
    return spawn(aggregator, dispatcher, store, () -> true);
  }

  private ActorRef<AlertEvaluator.Command> spawn(TestProbe<CoordinatorMessage> aggregator,
      TestProbe<AlertDispatcher.Command> dispatcher, AlertStore store, BooleanSupplier deliversHere) {
    Map<String, EffectiveRule> rules = AlertRuleCatalog.resolve(Harness.SEED, Map.of());
    AlertEngine engine = new AlertEngine(Rules.enabled(rules), rules,
        EngineSettings.defaults("etcd", Duration.ofSeconds(10)), store.loadLog(), store.loadSilences());
    return testKit.spawn(AlertEvaluator.create(engine, aggregator.ref(), dispatcher.ref(), store, clock, a -> { },
        deliversHere));
  }

  /** An evaluator of its own coordinator: its own aggregator, dispatcher and data directory. */
  private ActorRef<AlertEvaluator.Command> coordinator(String name) throws Exception {
    return spawn(testKit.createTestProbe(), testKit.createTestProbe(), AlertStore.open(dataDir.resolve(name)));
  }

  private List<Silence> silences(ActorRef<AlertEvaluator.Command> evaluator) {
    TestProbe<List<Silence>> answer = testKit.createTestProbe();
    evaluator.tell(new AlertEvaluator.GetSilences(answer.ref()));
    return answer.receiveMessage();
  }

  /** Returns once the evaluator handled everything sent to it before: the clock may move on. */
  private void processed(ActorRef<AlertEvaluator.Command> evaluator) {
    TestProbe<List<ActiveAlert>> answer = testKit.createTestProbe();
    evaluator.tell(new AlertEvaluator.GetActive(answer.ref()));
    answer.receiveMessage();
  }

  /** A NOSPACE alarm in two views, the group wait apart: its alert is due to be notified. */
  private Scenario alarmPastTheGroupWait(ActorRef<ClusterView> views, ActorRef<AlertEvaluator.Command> evaluator) {
    Scenario cluster = new Scenario();
    cluster.alarms.add(new Alarm(1, "NOSPACE"));
    views.tell(cluster.view());
    processed(evaluator);
    now.set(now.get().plusMillis(1100));
    views.tell(cluster.view());
    return cluster;
  }

  private static void awaitSaved(Path file, String text) {
    await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(file) && Files.readString(file).contains(text));
  }

  @Test
  void aFiringAlertReachesTheDispatcherAfterTheGroupWaitAndIsSaved() throws Exception {
    TestProbe<CoordinatorMessage> aggregator = testKit.createTestProbe();
    TestProbe<AlertDispatcher.Command> dispatcher = testKit.createTestProbe();
    ActorRef<AlertEvaluator.Command> evaluator = spawn(aggregator, dispatcher, AlertStore.open(dataDir));
    ActorRef<ClusterView> views = aggregator.expectMessageClass(SubscribeViews.class).subscriber();
    alarmPastTheGroupWait(views, evaluator);

    AlertDispatcher.Dispatch dispatch = dispatcher.expectMessageClass(AlertDispatcher.Dispatch.class);
    assertThat(dispatch.notification().alerts()).extracting(a -> a.labels().get("alarm")).containsExactly("NOSPACE");
    awaitSaved(dataDir.resolve("alerting/notification-log.json"), "etcdAlarmActive");
  }

  @Test
  void withoutViewsItSubscribesAgainSoAnAggregatorRestartDoesNotSilenceAlerting() throws Exception {
    TestProbe<CoordinatorMessage> aggregator = testKit.createTestProbe();
    TestProbe<AlertDispatcher.Command> dispatcher = testKit.createTestProbe();
    ActorRef<AlertEvaluator.Command> evaluator = spawn(aggregator, dispatcher, AlertStore.open(dataDir));
    ActorRef<ClusterView> views = aggregator.expectMessageClass(SubscribeViews.class).subscriber();
    views.tell(new Scenario().view());
    processed(evaluator);

    now.set(now.get().plusSeconds(2));
    time.timePasses(AlertEvaluator.CHECK_VIEWS_EVERY);
    aggregator.expectNoMessage();
    now.set(now.get().plusSeconds(2));
    time.timePasses(AlertEvaluator.CHECK_VIEWS_EVERY);
    assertThat(aggregator.expectMessageClass(SubscribeViews.class).subscriber()).isEqualTo(views);
  }

  @Test
  void aCoordinatorThatDoesNotDeliverRecordsWhatItWouldSendAndSendsOnlyWhatIsNewOnceItTakesOver() throws Exception {
    TestProbe<CoordinatorMessage> aggregator = testKit.createTestProbe();
    TestProbe<AlertDispatcher.Command> dispatcher = testKit.createTestProbe();
    AtomicBoolean delivers = new AtomicBoolean(false);
    ActorRef<AlertEvaluator.Command> evaluator = spawn(aggregator, dispatcher, AlertStore.open(dataDir),
        delivers::get);
    ActorRef<ClusterView> views = aggregator.expectMessageClass(SubscribeViews.class).subscriber();
    Scenario cluster = alarmPastTheGroupWait(views, evaluator);
    processed(evaluator);
    dispatcher.expectNoMessage();
    awaitSaved(dataDir.resolve("alerting/notification-log.json"), "etcdAlarmActive");

    delivers.set(true);
    now.set(now.get().plusMillis(1100));
    views.tell(cluster.view());
    processed(evaluator);
    dispatcher.expectNoMessage();
    cluster.alarms.clear();
    views.tell(cluster.view());
    processed(evaluator);
    now.set(now.get().plusMillis(1100));
    views.tell(cluster.view());

    AlertDispatcher.Dispatch resolved = dispatcher.expectMessageClass(AlertDispatcher.Dispatch.class);
    assertThat(resolved.notification().status()).isEqualTo(Alert.Status.RESOLVED);
  }

  @Test
  void aSilenceMadeOnOneCoordinatorReachesTheOthersAndOneThatJoinsLaterLearnsEvery() throws Exception {
    ActorRef<AlertEvaluator.Command> a = coordinator("a");
    ActorRef<AlertEvaluator.Command> b = coordinator("b");
    TestProbe<AlertEvaluator.SilenceCreated> created = testKit.createTestProbe();
    a.tell(new AlertEvaluator.CreateSilence(new SilenceRequest(List.of(new Matcher("member", "etcd2", false, true)),
        null, null, Duration.ofHours(1), "ops", "disk swap"), created.ref()));
    String id = created.receiveMessage().silence().id();

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(silences(b)).extracting(Silence::id).containsExactly(id));
    TestProbe<Optional<Silence>> expired = testKit.createTestProbe();
    b.tell(new AlertEvaluator.ExpireSilence(id, expired.ref()));
    assertThat(expired.receiveMessage()).isPresent();
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(silences(a))
        .extracting(s -> s.status(now.get())).containsExactly(Silence.Status.EXPIRED));

    ActorRef<AlertEvaluator.Command> c = coordinator("c");
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(silences(c))
        .extracting(Silence::id, s -> s.status(now.get())).containsExactly(tuple(id, Silence.Status.EXPIRED)));
    awaitSaved(dataDir.resolve("c/alerting/silences.json"), id);
  }

  @Test
  void sharedSilencesCrossJvmsAsCbor() {
    Serialization serialization = SerializationExtension.get(Adapter.toClassic(testKit.system()));
    Silence silence = new Silence("5f0c", List.of(new Matcher("member", "etcd[12]", true, true),
        new Matcher("alertname", "etcdMembersDown", false, false)), Scenario.START, Scenario.START.plusSeconds(3600),
        "ops", "disk swap", Scenario.START);
    AlertEvaluator.SharedSilences shared = AlertEvaluator.SharedSilences.of(List.of(silence));

    Serializer serializer = serialization.findSerializerFor(shared);
    assertThat(serializer.getClass().getSimpleName()).isEqualTo("JacksonCborSerializer");
    Object back = serialization.deserialize(serialization.serialize(shared).get(), serializer.identifier(),
        Serializers.manifestFor(serializer, shared)).get();

    assertThat(((AlertEvaluator.SharedSilences) back).toSilences()).containsExactly(silence);
  }
}
