package io.etcdmonitor.benchmarks;

import io.etcdmonitor.protocol.CoordinatorMessage;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * Sends reports at a fixed rate, on schedule (open loop: a slow aggregator does not slow the senders, as real agents
 * would not wait), and asks for the view after every n-th report.
 */
final class PacedRun {
  /** How many reports were sent, and the rate at which the aggregator took them in, draining included. */
  record Result(long reports, double reportsPerSecond) {}

  private final SyntheticAgents agents;
  private final ActorRef<CoordinatorMessage> aggregator;
  private final AggregatorThroughput.ViewProbe views;
  private final long rate;
  private final long sampleEvery;

  PacedRun(SyntheticAgents agents, ActorRef<CoordinatorMessage> aggregator, AggregatorThroughput.ViewProbe views,
      long rate, long viewsPerSecond) {
    this.agents = agents;
    this.aggregator = aggregator;
    this.views = views;
    this.rate = rate;
    this.sampleEvery = Math.max(1, rate / Math.max(1, viewsPerSecond));
  }

  Result run(Duration length) throws Exception {
    long start = System.nanoTime();
    long end = start + length.toNanos();
    long sent = 0;
    for (long now = start; now < end; now = System.nanoTime()) {
      long due = (now - start) * rate / 1_000_000_000L;
      while (sent < due) {
        SyntheticAgents.Sent report = agents.sendNext(aggregator);
        if (++sent % sampleEvery == 0) {
          views.askAfter(report);
        }
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    views.askNow(Duration.ofSeconds(30));
    return new Result(sent, sent / ((System.nanoTime() - start) / 1e9));
  }
}
