package io.etcdmonitor.protocol;

import java.time.Instant;
import java.util.List;

/** Every agent the aggregator has heard of, sorted by vantage, as of {@code at}. */
public record AgentList(Instant at, List<AgentStatus> agents) implements CborSerializable {
  public AgentList {
    agents = List.copyOf(agents);
  }
}
