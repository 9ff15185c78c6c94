package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.alerting.AlertDispatcher;
import io.etcdmonitor.coordinator.alerting.AlertManager;
import io.etcdmonitor.coordinator.alerting.ChannelFactory;
import io.etcdmonitor.coordinator.alerting.DeliverySettings;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.engine.AlertEngine;
import io.etcdmonitor.coordinator.alerting.engine.AlertEvaluator;
import io.etcdmonitor.coordinator.alerting.engine.AlertStore;
import io.etcdmonitor.coordinator.alerting.engine.EngineSettings;
import io.etcdmonitor.coordinator.alerting.rules.Rule;
import io.etcdmonitor.coordinator.alerting.rules.Rules;
import io.etcdmonitor.coordinator.http.AlertRoutes;
import io.etcdmonitor.coordinator.http.AskingAlertSource;
import io.etcdmonitor.coordinator.prometheus.ActiveAlertsCollector;
import io.etcdmonitor.coordinator.prometheus.NotificationMetrics;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.prometheus.client.CollectorRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * Starts alerting under a guardian in one call: the dispatcher with a channel actor per configured channel, the
 * evaluator subscribed to the aggregator, and their Prometheus families. Whichever role runs the aggregator calls
 * it; it returns the routes the API needs.
 */
final class Alerting {
  /** The {@code cluster} label and notification group: one monitor watches one etcd cluster. */
  static final String CLUSTER = "etcd";
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

  private Alerting() {}

  /**
   * @param store opened (and checked writable) before the actor system started
   * @param registry where the delivery and active-alert families go; {@code /metrics} renders it
   * @param deliversHere whether this node's notifications go to receivers now (one coordinator of several)
   */
  static AlertRoutes spawn(ActorContext<?> context, MonitorSettings settings, ActorRef<CoordinatorMessage> aggregator,
      AlertStore store, CollectorRegistry registry, Clock clock, BooleanSupplier deliversHere) {
    DeliverySettings delivery = DeliverySettings.defaults();
    NotificationMetrics metrics = new NotificationMetrics(registry);
    List<NotificationChannel> channels = new ChannelFactory(delivery, externalUrl(settings))
        .createAll(settings.alerts());
    channels.forEach(c -> metrics.register(c.name()));
    ActorRef<AlertDispatcher.Command> dispatcher = context.spawn(
        Behaviors.supervise(AlertDispatcher.create(channels, delivery, metrics, clock))
            .onFailure(SupervisorStrategy.restart()),
        "alert-dispatcher");

    Map<String, EffectiveRule> rules = settings.effectiveAlertRules();
    List<Rule> enabled = Rules.enabled(rules);
    ActiveAlertsCollector active = new ActiveAlertsCollector(enabled).register(registry);
    AlertEngine engine = new AlertEngine(enabled, rules,
        EngineSettings.defaults(CLUSTER, settings.probe().metricsInterval()), store.loadLog(), store.loadSilences());
    ActorRef<AlertEvaluator.Command> evaluator = context.spawn(
        Behaviors.supervise(AlertEvaluator.create(engine, aggregator, dispatcher, store, clock, active,
                deliversHere))
            .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2)),
        "alert-evaluator");

    AlertManager manager = new AlertManager(dispatcher, context.getSystem().scheduler());
    return new AlertRoutes(new AskingAlertSource(evaluator, manager, ASK_TIMEOUT,
        delivery.attemptTimeout().plusSeconds(2), context.getSystem().scheduler()), clock);
  }

  /** Where receivers can reach this monitor's API, for links back from a notification. */
  private static String externalUrl(MonitorSettings settings) {
    String host = settings.api().host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "localhost";
      }
    }
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + settings.api().port();
  }
}
