package io.etcdmonitor.agent.membership;

import io.etcdmonitor.agent.etcd.EtcdClusterClient;
import io.etcdmonitor.agent.etcd.GrpcErrors;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.AlarmReport;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MembershipReport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/**
 * Reads MemberList every membership interval, so members added or removed are followed without a restart,
 * and AlarmList every health-check interval. While no endpoint answers it retries with backoff and logs once.
 */
public final class MembershipWatcher extends AbstractBehavior<MembershipWatcher.Command> {

  /** Messages the watcher understands. */
  public sealed interface Command permits PollMembers, PollAlarms, MembersListed, AlarmsListed {}

  private enum PollMembers implements Command {
    INSTANCE
  }

  private enum PollAlarms implements Command {
    INSTANCE
  }

  private record MembersListed(List<MemberInfo> members, Throwable error) implements Command {}

  private record AlarmsListed(List<Alarm> alarms, Throwable error) implements Command {}

  /** Where this watcher stands and how often it asks. */
  public record Settings(
      String vantage, String datacenter, Duration membershipInterval, Duration alarmInterval, Duration timeout) {}

  private final Settings settings;
  private final EtcdClusterClient client;
  private final Consumer<List<MemberInfo>> onMembers;
  private final ActorRef<AgentReport> reports;
  private final TimerScheduler<Command> timers;
  private final Clock clock;
  private final Backoff backoff;
  private List<MemberInfo> members = List.of();
  private String lastFailure;
  private String lastAlarmFailure;

  /**
   * @param onMembers called (inside this actor) with every successful member list, e.g. to tell the probe
   *     supervisor; it must not block
   */
  public static Behavior<Command> create(Settings settings, EtcdClusterClient client,
      Consumer<List<MemberInfo>> onMembers, ActorRef<AgentReport> reports, Clock clock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startSingleTimer(PollMembers.INSTANCE, Duration.ZERO);
      timers.startTimerAtFixedRate(PollAlarms.INSTANCE, settings.alarmInterval(), settings.alarmInterval());
      return new MembershipWatcher(context, settings, client, onMembers, reports, timers, clock);
    }));
  }

  private MembershipWatcher(ActorContext<Command> context, Settings settings, EtcdClusterClient client,
      Consumer<List<MemberInfo>> onMembers, ActorRef<AgentReport> reports, TimerScheduler<Command> timers,
      Clock clock) {
    super(context);
    context.setLoggerName(MembershipWatcher.class);
    this.settings = settings;
    this.client = client;
    this.onMembers = onMembers;
    this.reports = reports;
    this.timers = timers;
    this.clock = clock;
    Duration floor = Duration.ofMillis(Math.min(500, settings.membershipInterval().toMillis()));
    this.backoff = new Backoff(floor, settings.membershipInterval());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(PollMembers.class, p -> pollMembers())
        .onMessage(PollAlarms.class, p -> pollAlarms())
        .onMessage(MembersListed.class, this::onMembersListed)
        .onMessage(AlarmsListed.class, this::onAlarmsListed)
        .onSignal(PostStop.class, s -> {
          client.close();
          return this;
        })
        .build();
  }

  private Behavior<Command> pollMembers() {
    getContext().pipeToSelf(client.memberList(settings.timeout()), MembersListed::new);
    return this;
  }

  private Behavior<Command> pollAlarms() {
    getContext().pipeToSelf(client.alarmList(settings.timeout()), AlarmsListed::new);
    return this;
  }

  private Behavior<Command> onMembersListed(MembersListed listed) {
    if (listed.error() != null) {
      String reason = GrpcErrors.describe(listed.error());
      if (lastFailure == null) {
        getContext().getLog().warn("cannot list members, will keep trying: {}", reason);
      }
      lastFailure = reason;
      reports.tell(MembershipReport.failed(settings.vantage(), settings.datacenter(), members, reason,
          clock.instant()));
      timers.startSingleTimer(PollMembers.INSTANCE, backoff.next());
      return this;
    }
    if (lastFailure != null) {
      getContext().getLog().info("member list readable again");
      lastFailure = null;
    }
    backoff.reset();
    MembershipDiff diff = MembershipDiff.between(members, listed.members());
    if (!diff.isEmpty()) {
      getContext().getLog().info("{} members: {}", listed.members().size(), diff.describe());
    }
    members = listed.members();
    onMembers.accept(members);
    reports.tell(new MembershipReport(settings.vantage(), settings.datacenter(), members, null, clock.instant()));
    timers.startSingleTimer(PollMembers.INSTANCE, settings.membershipInterval());
    return this;
  }

  private Behavior<Command> onAlarmsListed(AlarmsListed listed) {
    if (listed.error() != null) {
      String reason = GrpcErrors.describe(listed.error());
      if (lastAlarmFailure == null && lastFailure == null) {
        getContext().getLog().warn("cannot list alarms: {}", reason);
      }
      lastAlarmFailure = reason;
      return this;
    }
    lastAlarmFailure = null;
    reports.tell(new AlarmReport(settings.vantage(), listed.alarms(), clock.instant()));
    return this;
  }
}
