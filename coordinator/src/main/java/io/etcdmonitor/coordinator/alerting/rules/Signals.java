package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberView;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine derives for the rules beyond one view: which members answer their latest probes, which
 * scrapes are fresh enough to judge, each member's recent history, and the state of the rule's own alerts (for
 * hysteresis and hold-off). Rules read it; only the {@link SignalTracker} and the engine build it.
 */
public final class Signals {

  /** The engine's answer to "is this occurrence active (pending or firing), or when did it last resolve?". */
  public interface AlertStates {
    boolean active(String rule, Map<String, String> labels);

    Optional<Instant> lastResolved(String rule, Map<String, String> labels);
  }

  private final Set<Long> notAnswering;
  private final Map<Long, MemberMetrics> freshMetrics;
  private final Map<Long, MemberHistory> histories;
  private final AlertStates states;

  Signals(Set<Long> notAnswering, Map<Long, MemberMetrics> freshMetrics, Map<Long, MemberHistory> histories,
      AlertStates states) {
    this.notAnswering = Set.copyOf(notAnswering);
    this.freshMetrics = Map.copyOf(freshMetrics);
    this.histories = Map.copyOf(histories);
    this.states = states;
  }

  /**
   * True when the member answered recently and its latest probes did not fail: a member killed a moment ago is
   * not answering after two failed probes, before the view calls it stale.
   */
  public boolean answering(MemberView member) {
    return member.reachable() && !notAnswering.contains(member.info().id());
  }

  /** The member's latest scrape if it is recent enough to judge the member by. */
  public Optional<MemberMetrics> metrics(MemberView member) {
    return Optional.ofNullable(freshMetrics.get(member.info().id()));
  }

  public MemberHistory history(MemberView member) {
    MemberHistory history = histories.get(member.info().id());
    return history != null ? history : new MemberHistory();
  }

  public AlertStates states() {
    return states;
  }
}
