package io.etcdmonitor.benchmarks;

import io.etcdmonitor.protocol.CoordinatorMessage;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;

/** Sends reports in batches as fast as the aggregator drains them, waiting for each batch, for its ceiling. */
final class SaturatedRun {
  private static final int BATCH = 10_000;

  private final SyntheticAgents agents;
  private final ActorRef<CoordinatorMessage> aggregator;
  private final AggregatorThroughput.ViewProbe views;

  SaturatedRun(SyntheticAgents agents, ActorRef<CoordinatorMessage> aggregator, AggregatorThroughput.ViewProbe views) {
    this.agents = agents;
    this.aggregator = aggregator;
    this.views = views;
  }

  /** Returns how many reports were sent, and processed, within about {@code length}. */
  long run(Duration length) throws Exception {
    long end = System.nanoTime() + length.toNanos();
    long sent = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < BATCH; i++) {
        agents.sendNext(aggregator);
      }
      sent += BATCH;
      views.askNow(Duration.ofSeconds(30));
    }
    return sent;
  }
}
