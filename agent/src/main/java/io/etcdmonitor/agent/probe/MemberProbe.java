package io.etcdmonitor.agent.probe;

import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.etcd.EtcdMemberClient;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/**
 * Probes one member every health-check interval and publishes each result as a {@link ProbeReport}. At most
 * one probe is in flight; a tick that finds one still running is not lost but runs as soon as that probe ends,
 * so a member whose probes take as long as the interval (a leaderless member's read times out) is still probed
 * about once per interval rather than every other one. Logs only when the member's state changes, never once
 * per failed probe.
 */
public final class MemberProbe extends AbstractBehavior<MemberProbe.Command> {

  /** Messages a member probe understands. */
  public sealed interface Command permits Tick, ProbeDone, MemberUpdated {}

  private enum Tick implements Command {
    INSTANCE
  }

  private record ProbeDone(ProbeResult result) implements Command {}

  /** The member's entry in MemberList changed, for example it started and published its client URLs. */
  public record MemberUpdated(MemberInfo member) implements Command {}

  /**
   * Where this probe stands and how it probes.
   *
   * @param clientUrls where to reach members, by name, instead of the client URL they advertise
   */
  public record Settings(String vantage, String datacenter, Duration interval, Duration timeout,
      Map<String, String> clientUrls) {
    public Settings {
      clientUrls = Map.copyOf(clientUrls);
    }
  }

  private final Settings settings;
  private final EtcdClients clients;
  private final ActorRef<AgentReport> reports;
  private final MemberProber prober;
  private final Clock clock;
  private MemberInfo member;
  private EtcdMemberClient client;
  private String clientEndpoint;
  private boolean inFlight;
  private boolean tickMissed;
  private final ProbeStateLog stateLog;

  public static Behavior<Command> create(
      MemberInfo member, Settings settings, EtcdClients clients, ActorRef<AgentReport> reports, Clock clock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerAtFixedRate(Tick.INSTANCE, Duration.ZERO, settings.interval());
      return new MemberProbe(context, member, settings, clients, reports, clock);
    }));
  }

  private MemberProbe(ActorContext<Command> context, MemberInfo member, Settings settings, EtcdClients clients,
      ActorRef<AgentReport> reports, Clock clock) {
    super(context);
    context.setLoggerName(MemberProbe.class);
    this.member = member;
    this.settings = settings;
    this.clients = clients;
    this.reports = reports;
    this.clock = clock;
    this.prober = new MemberProber(settings.timeout(), System::nanoTime);
    this.stateLog = new ProbeStateLog(context.getLog());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Tick.class, t -> onTick())
        .onMessage(ProbeDone.class, this::onProbeDone)
        .onMessage(MemberUpdated.class, this::onMemberUpdated)
        .onSignal(PostStop.class, s -> onStop())
        .build();
  }

  private Behavior<Command> onTick() {
    if (inFlight) {
      tickMissed = true;
      return this;
    }
    probe();
    return this;
  }

  private void probe() {
    if (!member.started()) {
      publish(null, new ProbeResult.Unreachable("member has not started yet (no client URLs in MemberList)"));
      return;
    }
    EtcdMemberClient c = client();
    inFlight = true;
    getContext().pipeToSelf(prober.probe(c), (result, error) -> new ProbeDone(
        error == null ? result : new ProbeResult.Unreachable(String.valueOf(error.getMessage()))));
  }

  private Behavior<Command> onProbeDone(ProbeDone done) {
    inFlight = false;
    if (!done.result().reachable() && client != null) {
      client.reconnectNow();
    }
    publish(clientEndpoint, done.result());
    if (tickMissed) {
      tickMissed = false;
      probe();
    }
    return this;
  }

  private Behavior<Command> onMemberUpdated(MemberUpdated updated) {
    member = updated.member();
    if (client != null && !clientEndpoint.equals(MemberUrls.client(member, settings.clientUrls()))) {
      closeClient();
    }
    return this;
  }

  private Behavior<Command> onStop() {
    closeClient();
    return this;
  }

  private EtcdMemberClient client() {
    if (client == null) {
      clientEndpoint = MemberUrls.client(member, settings.clientUrls());
      client = clients.member(clientEndpoint);
    }
    return client;
  }

  private void closeClient() {
    if (client != null) {
      client.close();
      client = null;
      clientEndpoint = null;
    }
  }

  private void publish(String endpoint, ProbeResult result) {
    stateLog.record(member, endpoint, result);
    reports.tell(new ProbeReport(settings.vantage(), settings.datacenter(), member.id(), endpoint, clock.instant(),
        result));
  }
}
