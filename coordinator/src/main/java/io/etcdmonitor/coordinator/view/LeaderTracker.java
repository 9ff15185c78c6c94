package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.LeaderChange;
import io.etcdmonitor.protocol.MemberIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Remembers who led and records each change of leader with its time and term. The first leader seen after
 * start is not a change; a stretch without a leader followed by the same leader is not a change either.
 */
public final class LeaderTracker {
  static final int MAX_HISTORY = 200;
  private static final Duration WINDOW = Duration.ofHours(1);

  private final Deque<LeaderChange> history = new ArrayDeque<>();
  private long lastLeader = MemberIds.NONE;
  private long lastTerm;
  private long changesTotal;

  /** Feeds the leader agreed at {@code term}; {@link MemberIds#NONE} means nobody leads now. */
  public void observe(long leader, long term, Instant at) {
    if (leader == MemberIds.NONE || term < lastTerm) {
      return;
    }
    if (lastLeader != MemberIds.NONE && leader != lastLeader) {
      history.addLast(new LeaderChange(at, lastLeader, leader, term));
      changesTotal++;
      while (history.size() > MAX_HISTORY) {
        history.removeFirst();
      }
    }
    lastLeader = leader;
    lastTerm = term;
  }

  /** Changes recorded, oldest first. */
  public List<LeaderChange> history() {
    return List.copyOf(history);
  }

  /** Changes since start, never reset: a Prometheus counter. */
  public long changesTotal() {
    return changesTotal;
  }

  public int changesInLastHour(Instant now) {
    Instant since = now.minus(WINDOW);
    return (int) history.stream().filter(c -> c.at().isAfter(since)).count();
  }
}
