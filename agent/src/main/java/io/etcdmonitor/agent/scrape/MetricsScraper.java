package io.etcdmonitor.agent.scrape;

import io.etcdmonitor.agent.etcd.GrpcErrors;
import io.etcdmonitor.agent.metrics.MemberMetricsDeriver;
import io.etcdmonitor.agent.metrics.ParsedMetrics;
import io.etcdmonitor.agent.metrics.PrometheusTextParser;
import io.etcdmonitor.agent.probe.MemberUrls;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MetricsReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Scrapes one member's /metrics every metrics interval and publishes the figures derived from this scrape and
 * the previous one. Fetching and parsing happen off the actor; only the last parse is kept, as state. Logs
 * once when scraping starts failing and once when it recovers.
 */
public final class MetricsScraper extends AbstractBehavior<MetricsScraper.Command> {

  /** Messages the scraper understands. */
  public sealed interface Command permits Tick, Scraped, MemberUpdated {}

  private enum Tick implements Command {
    INSTANCE
  }

  private record Scraped(String url, Instant at, ParsedMetrics parsed, long bytes, Throwable error)
      implements Command {}

  /** The member's entry in MemberList changed. */
  public record MemberUpdated(MemberInfo member) implements Command {}

  /**
   * Where this scraper stands and where members serve /metrics when not on their client URL.
   *
   * @param clientUrls where this vantage reaches members' client URLs, by name, as the probes do
   */
  public record Settings(String vantage, Duration interval, Map<String, String> metricsUrls,
      Map<String, String> clientUrls) {
    public Settings {
      metricsUrls = Map.copyOf(metricsUrls);
      clientUrls = Map.copyOf(clientUrls);
    }
  }

  private final Settings settings;
  private final MetricsFetcher fetcher;
  private final ActorRef<AgentReport> reports;
  private final Clock clock;
  private MemberInfo member;
  private ParsedMetrics previous;
  private Instant previousAt;
  private boolean inFlight;
  private Boolean failing;

  public static Behavior<Command> create(
      MemberInfo member, Settings settings, MetricsFetcher fetcher, ActorRef<AgentReport> reports, Clock clock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerAtFixedRate(Tick.INSTANCE, Duration.ZERO, settings.interval());
      return new MetricsScraper(context, member, settings, fetcher, reports, clock);
    }));
  }

  private MetricsScraper(ActorContext<Command> context, MemberInfo member, Settings settings, MetricsFetcher fetcher,
      ActorRef<AgentReport> reports, Clock clock) {
    super(context);
    context.setLoggerName(MetricsScraper.class);
    this.member = member;
    this.settings = settings;
    this.fetcher = fetcher;
    this.reports = reports;
    this.clock = clock;
  }

  /**
   * The URL of the member's /metrics: the one configured for its name, else under the client URL this vantage
   * reaches it at.
   */
  static String metricsUrl(MemberInfo member, Settings settings) {
    String url = settings.metricsUrls().get(member.name());
    if (url != null) {
      return url;
    }
    String client = MemberUrls.client(member, settings.clientUrls());
    if (client == null) {
      return null;
    }
    return (client.endsWith("/") ? client.substring(0, client.length() - 1) : client) + "/metrics";
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Tick.class, t -> onTick())
        .onMessage(Scraped.class, this::onScraped)
        .onMessage(MemberUpdated.class, u -> {
          member = u.member();
          return this;
        })
        .build();
  }

  private Behavior<Command> onTick() {
    String url = metricsUrl(member, settings);
    if (inFlight || url == null) {
      return this;
    }
    inFlight = true;
    getContext().pipeToSelf(
        fetcher.fetch(url).thenApply(page -> new Parsed(PrometheusTextParser.parse(page.text()), page.wireBytes())),
        (parsed, error) -> new Scraped(url, clock.instant(), parsed == null ? null : parsed.metrics(),
            parsed == null ? 0 : parsed.bytes(), error));
    return this;
  }

  private record Parsed(ParsedMetrics metrics, long bytes) {}

  private Behavior<Command> onScraped(Scraped scraped) {
    inFlight = false;
    if (scraped.error() != null) {
      String reason = GrpcErrors.describe(scraped.error());
      if (!Boolean.TRUE.equals(failing)) {
        getContext().getLog().warn("cannot scrape {} of member {}: {}", scraped.url(), member.displayName(), reason);
      }
      failing = true;
      reports.tell(new MetricsReport(settings.vantage(), member.id(), scraped.url(), scraped.at(), null, reason, 0));
      return this;
    }
    if (Boolean.TRUE.equals(failing)) {
      getContext().getLog().info("scraping {} of member {} works again", scraped.url(), member.displayName());
    }
    failing = false;
    Duration window = previousAt == null ? null : Duration.between(previousAt, scraped.at());
    var metrics = MemberMetricsDeriver.derive(previous, scraped.parsed(), scraped.at(), window);
    previous = scraped.parsed();
    previousAt = scraped.at();
    reports.tell(new MetricsReport(settings.vantage(), member.id(), scraped.url(), scraped.at(), metrics, null,
        scraped.bytes()));
    return this;
  }
}
