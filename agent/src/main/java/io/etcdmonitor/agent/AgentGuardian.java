package io.etcdmonitor.agent;

import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.membership.MembershipWatcher;
import io.etcdmonitor.agent.probe.MemberProbe;
import io.etcdmonitor.agent.probe.ProbeSupervisor;
import io.etcdmonitor.agent.probe.WriteProbe;
import io.etcdmonitor.agent.report.ReportPublisher;
import io.etcdmonitor.agent.scrape.MetricsFetcher;
import io.etcdmonitor.agent.scrape.MetricsScraper;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.protocol.AgentReport;
import java.time.Clock;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * The root of everything that runs next to etcd: the membership watcher, one probe and one metrics scraper
 * per member, the write probe, and the publisher that carries their reports to the coordinator. Every report
 * passes through here on its way to the publisher, so producers only ever see an {@code ActorRef<AgentReport>}.
 */
public final class AgentGuardian {

  /** Messages the guardian understands: reports from its children, on their way out. */
  public sealed interface Command permits Report {}

  /** A report produced by a child. */
  public record Report(AgentReport report) implements Command {}

  private AgentGuardian() {}

  public static Behavior<Command> create(
      MonitorSettings settings, EtcdClients clients, MetricsFetcher fetcher, Clock clock) {
    return Behaviors.setup(context -> {
      ActorRef<ReportPublisher.Command> publisher = context.spawn(
          Behaviors.supervise(ReportPublisher.create()).onFailure(SupervisorStrategy.restart()), "report-publisher");
      ActorRef<AgentReport> reports = context.messageAdapter(AgentReport.class, Report::new);

      String vantage = settings.cluster().vantage();
      String datacenter = settings.cluster().datacenter();
      Duration interval = settings.probe().healthCheckInterval();
      Duration timeout = settings.probe().probeTimeout();

      ActorRef<ProbeSupervisor.Command> probes = context.spawn(
          Behaviors.supervise(ProbeSupervisor.create(
                  new MemberProbe.Settings(vantage, datacenter, interval, timeout, settings.probe().clientUrls()),
                  new MetricsScraper.Settings(vantage, settings.probe().metricsInterval(),
                      settings.probe().metricsUrls(), settings.probe().clientUrls()),
                  clients, fetcher, reports, clock))
              .onFailure(SupervisorStrategy.restart()),
          "probes");
      if (settings.probe().writeProbe()) {
        context.spawn(
            Behaviors.supervise(WriteProbe.create(vantage, interval, timeout,
                    clients.cluster(settings.etcd().endpoints()), reports, clock))
                .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2)),
            "write-probe");
      }
      context.spawn(
          Behaviors.supervise(MembershipWatcher.create(
                  new MembershipWatcher.Settings(vantage, datacenter, settings.probe().membershipInterval(), interval,
                      timeout),
                  clients.cluster(settings.etcd().endpoints()),
                  members -> probes.tell(new ProbeSupervisor.MembersChanged(members)),
                  reports, clock))
              .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2)),
          "membership");

      return Behaviors.receive(Command.class)
          .onMessage(Report.class, r -> {
            publisher.tell(new ReportPublisher.Publish(r.report()));
            return Behaviors.same();
          })
          .build();
    });
  }
}
