package io.etcdmonitor.agent.probe;

import io.etcdmonitor.agent.etcd.EtcdClusterClient;
import io.etcdmonitor.agent.etcd.GrpcErrors;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.WriteProbeReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Times one put of this vantage's own key per interval, the write latency a client feels. Bounded by design:
 * one key per vantage ({@code /etcd-monitor/probe/<vantage>}), overwritten in place, at most one put in flight,
 * and deleted when the probe stops.
 */
public final class WriteProbe extends AbstractBehavior<WriteProbe.Command> {
  /** The prefix of every probe key. */
  public static final String KEY_PREFIX = "/etcd-monitor/probe/";

  /** Messages the write probe understands. */
  public sealed interface Command permits Tick, Written {}

  private enum Tick implements Command {
    INSTANCE
  }

  private record Written(double latencyMs, Throwable error) implements Command {}

  private final String vantage;
  private final byte[] key;
  private final Duration timeout;
  private final EtcdClusterClient client;
  private final ActorRef<AgentReport> reports;
  private final Clock clock;
  private boolean inFlight;
  private boolean failing;

  public static Behavior<Command> create(String vantage, Duration interval, Duration timeout, EtcdClusterClient client,
      ActorRef<AgentReport> reports, Clock clock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerAtFixedRate(Tick.INSTANCE, interval, interval);
      return new WriteProbe(context, vantage, timeout, client, reports, clock);
    }));
  }

  private WriteProbe(ActorContext<Command> context, String vantage, Duration timeout, EtcdClusterClient client,
      ActorRef<AgentReport> reports, Clock clock) {
    super(context);
    context.setLoggerName(WriteProbe.class);
    this.vantage = vantage;
    this.key = (KEY_PREFIX + vantage).getBytes(StandardCharsets.UTF_8);
    this.timeout = timeout;
    this.client = client;
    this.reports = reports;
    this.clock = clock;
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Tick.class, t -> onTick())
        .onMessage(Written.class, this::onWritten)
        .onSignal(PostStop.class, s -> {
          client.delete(key, timeout);
          return this;
        })
        .build();
  }

  private Behavior<Command> onTick() {
    if (inFlight) {
      return this;
    }
    inFlight = true;
    long start = System.nanoTime();
    byte[] value = clock.instant().toString().getBytes(StandardCharsets.UTF_8);
    getContext().pipeToSelf(client.put(key, value, timeout),
        (ok, error) -> new Written((System.nanoTime() - start) / 1_000_000.0, error));
    return this;
  }

  private Behavior<Command> onWritten(Written written) {
    inFlight = false;
    String error = null;
    if (written.error() != null) {
      error = GrpcErrors.isTimeout(written.error())
          ? "timed out after " + timeout.toMillis() + " ms" : GrpcErrors.describe(written.error());
      if (!failing) {
        getContext().getLog().warn("write probe of {} failing: {}", new String(key, StandardCharsets.UTF_8), error);
      }
    } else if (failing) {
      getContext().getLog().info("write probe succeeds again");
    }
    failing = error != null;
    reports.tell(new WriteProbeReport(vantage, clock.instant(), written.latencyMs(), error));
    return this;
  }
}
