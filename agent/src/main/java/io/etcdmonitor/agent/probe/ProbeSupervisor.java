package io.etcdmonitor.agent.probe;

import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.membership.MembershipDiff;
import io.etcdmonitor.agent.scrape.MetricsFetcher;
import io.etcdmonitor.agent.scrape.MetricsScraper;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Keeps exactly one {@link MemberProbe} and one {@link MetricsScraper} per member of the latest member list, each
 * restarted with backoff. Warns once about a configured member name (client_urls, metrics_urls) that is not a
 * member, since a typo there would otherwise silently probe the advertised URL.
 */
public final class ProbeSupervisor extends AbstractBehavior<ProbeSupervisor.Command> {

  /** Messages the supervisor understands. */
  public sealed interface Command permits MembersChanged {}

  /** The latest member list; probes are started and stopped to match it. */
  public record MembersChanged(List<MemberInfo> members) implements Command {}

  private final MemberProbe.Settings settings;
  private final MetricsScraper.Settings scrapeSettings;
  private final MetricsFetcher fetcher;
  private final EtcdClients clients;
  private final ActorRef<AgentReport> reports;
  private final Clock clock;
  private final Map<Long, ActorRef<MemberProbe.Command>> probes = new HashMap<>();
  private final Map<Long, ActorRef<MetricsScraper.Command>> scrapers = new HashMap<>();
  private List<MemberInfo> members = List.of();
  private final Set<String> warnedNames = new HashSet<>();

  public static Behavior<Command> create(MemberProbe.Settings settings, MetricsScraper.Settings scrapeSettings,
      EtcdClients clients, MetricsFetcher fetcher, ActorRef<AgentReport> reports, Clock clock) {
    return Behaviors.setup(
        context -> new ProbeSupervisor(context, settings, scrapeSettings, clients, fetcher, reports, clock));
  }

  private ProbeSupervisor(ActorContext<Command> context, MemberProbe.Settings settings,
      MetricsScraper.Settings scrapeSettings, EtcdClients clients, MetricsFetcher fetcher,
      ActorRef<AgentReport> reports, Clock clock) {
    super(context);
    this.scrapeSettings = scrapeSettings;
    this.fetcher = fetcher;
    context.setLoggerName(ProbeSupervisor.class);
    this.settings = settings;
    this.clients = clients;
    this.reports = reports;
    this.clock = clock;
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder().onMessage(MembersChanged.class, this::onMembersChanged).build();
  }

  private Behavior<Command> onMembersChanged(MembersChanged changed) {
    MembershipDiff diff = MembershipDiff.between(members, changed.members());
    members = changed.members();
    for (MemberInfo m : diff.removed()) {
      ActorRef<MemberProbe.Command> probe = probes.remove(m.id());
      if (probe != null) {
        getContext().stop(probe);
      }
      ActorRef<MetricsScraper.Command> scraper = scrapers.remove(m.id());
      if (scraper != null) {
        getContext().stop(scraper);
      }
    }
    for (MemberInfo m : diff.changed()) {
      ActorRef<MemberProbe.Command> probe = probes.get(m.id());
      if (probe != null) {
        probe.tell(new MemberProbe.MemberUpdated(m));
      }
      ActorRef<MetricsScraper.Command> scraper = scrapers.get(m.id());
      if (scraper != null) {
        scraper.tell(new MetricsScraper.MemberUpdated(m));
      }
    }
    for (MemberInfo m : diff.added()) {
      Behavior<MemberProbe.Command> probe = Behaviors
          .supervise(MemberProbe.create(m, settings, clients, reports, clock))
          .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(10), 0.2));
      probes.put(m.id(), getContext().spawn(probe, "probe-" + MemberIds.toHex(m.id())));
      Behavior<MetricsScraper.Command> scraper =
          Behaviors.supervise(MetricsScraper.create(m, scrapeSettings, fetcher, reports, clock))
              .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(10), 0.2));
      scrapers.put(m.id(), getContext().spawn(scraper, "metrics-" + MemberIds.toHex(m.id())));
    }
    warnAboutUnknownNames();
    return this;
  }

  private void warnAboutUnknownNames() {
    if (members.isEmpty() || members.stream().anyMatch(m -> m.name().isEmpty())) {
      return;
    }
    Set<String> names = new TreeSet<>();
    members.forEach(m -> names.add(m.name()));
    warnAboutUnknownNames("client_urls", settings.clientUrls().keySet(), names);
    warnAboutUnknownNames("metrics_urls", scrapeSettings.metricsUrls().keySet(), names);
  }

  private void warnAboutUnknownNames(String key, Set<String> configured, Set<String> names) {
    for (String name : new TreeSet<>(configured)) {
      if (!names.contains(name) && warnedNames.add(key + "=" + name)) {
        getContext().getLog().warn("{} names member {}, which is not in the member list ({}); it has no effect",
            key, name, String.join(", ", names));
      }
    }
  }
}
