package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.AlarmReport;
import io.etcdmonitor.protocol.ClusterTelemetry;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberTelemetry;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.MetricsReport;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.WriteProbeReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges agent reports into a {@link ClusterView}. Plain state and pure decisions, no actor: the aggregator
 * feeds it reports and asks for views; tests do the same with synthetic reports.
 *
 * <p>A member is reachable when any vantage reached it recently (within {@code staleAfter}); a report older
 * than that says nothing about now. A member no vantage has reported on recently is unknown, not unreachable:
 * silent agents are a monitor problem and never count as quorum lost. Status fields stay at their last known
 * values while a member is down.
 */
public final class ClusterViewBuilder {
  private static final int WINDOW_SLICES = 10;
  static final String NO_FRESH_RESULTS =
      "no fresh probe results: every vantage is silent (a monitor problem, not evidence against etcd)";
  private final Duration staleAfter;
  private final Duration latencyWindow;
  private final Map<String, MembershipReport> membershipByVantage = new HashMap<>();
  private final Map<String, AlarmReport> alarmsByVantage = new HashMap<>();
  private final Map<Long, Map<String, ProbeReport>> probesByMember = new HashMap<>();
  private final Map<Long, ProbeReport> lastReachable = new HashMap<>();
  private final LeaderTracker leaders = new LeaderTracker();
  private final Map<Long, MemberCounters> counters = new HashMap<>();
  private final SlidingLatencyWindow clusterReads;
  private final SlidingLatencyWindow writes;
  private String writeProbeError;
  private List<MemberInfo> members = List.of();
  private Instant membersAt;

  public ClusterViewBuilder(Duration staleAfter, Duration latencyWindow) {
    this.staleAfter = staleAfter;
    this.latencyWindow = latencyWindow;
    this.clusterReads = new SlidingLatencyWindow(latencyWindow, WINDOW_SLICES);
    this.writes = new SlidingLatencyWindow(latencyWindow, WINDOW_SLICES);
  }

  public void add(MembershipReport report) {
    membershipByVantage.put(report.vantage(), report);
    if (report.error() == null && (membersAt == null || !report.observedAt().isBefore(membersAt))) {
      members = report.members();
      membersAt = report.observedAt();
      Set<Long> ids = new LinkedHashSet<>();
      members.forEach(m -> ids.add(m.id()));
      probesByMember.keySet().retainAll(ids);
      lastReachable.keySet().retainAll(ids);
      counters.keySet().retainAll(ids);
    }
  }

  /** The member list the view is built on: the newest one any vantage read successfully. */
  public List<MemberInfo> members() {
    return members;
  }

  public void add(AlarmReport report) {
    alarmsByVantage.put(report.vantage(), report);
  }

  public void add(ProbeReport report) {
    if (members.stream().noneMatch(m -> m.id() == report.memberId())) {
      return;
    }
    probesByMember.computeIfAbsent(report.memberId(), id -> new HashMap<>()).put(report.vantage(), report);
    if (report.result().reachable()) {
      lastReachable.put(report.memberId(), report);
    }
    ProbeResult.Reachable answered = report.result() instanceof ProbeResult.Reachable r ? r : null;
    counters(report.memberId()).probed(answered);
    if (answered != null && answered.read().ok()) {
      counters(report.memberId()).reads.record(report.probedAt(), answered.read().latencyMs());
      clusterReads.record(report.probedAt(), answered.read().latencyMs());
    }
  }

  public void add(MetricsReport report) {
    if (members.stream().anyMatch(m -> m.id() == report.memberId())) {
      counters(report.memberId()).scraped(report);
    }
  }

  public void add(WriteProbeReport report) {
    writeProbeError = report.error();
    if (report.ok()) {
      writes.record(report.at(), report.latencyMs());
    }
  }

  private MemberCounters counters(long member) {
    return counters.computeIfAbsent(member, id -> new MemberCounters(latencyWindow));
  }

  /** The view as of {@code now}; also advances the leader history, so call it once per new report batch. */
  public ClusterView view(Instant now) {
    if (membersAt == null) {
      return noMemberList(now);
    }
    Map<Long, MemberStatus> freshStatuses = new HashMap<>();
    List<MemberState> states = new ArrayList<>();
    for (MemberInfo m : members) {
      MemberState state = stateOf(m, now);
      states.add(state);
      if (state.freshReachable != null) {
        freshStatuses.put(m.id(), ((ProbeResult.Reachable) state.freshReachable.result()).status());
      }
    }
    LeaderElection election = LeaderElection.from(freshStatuses.values());
    leaders.observe(election.leaderId(), election.term(), now);

    List<MemberView> views = states.stream()
        .map(s -> s.toView(election.leaderId(), counters(s.info().id()).telemetry(now)))
        .toList();
    int voting = (int) members.stream().filter(m -> !m.learner()).count();
    int reachableVoters = (int) states.stream().filter(s -> !s.info.learner() && s.freshReachable != null).count();
    int unknownVoters = (int) states.stream().filter(s -> !s.info.learner() && s.unknown()).count();
    int healthy = (int) views.stream().filter(v -> v.reachable() && v.lastRead() != null && v.lastRead().ok()).count();
    int quorum = voting / 2 + 1;
    boolean complete = states.stream().allMatch(s -> s.latest != null);
    boolean blind = complete && states.stream().allMatch(MemberState::unknown);

    List<String> reasons = new ArrayList<>();
    if (blind) {
      reasons.add(NO_FRESH_RESULTS);
    } else {
      leaderReason(election.leaderId(), freshStatuses, states).ifPresent(reasons::add);
      if (reachableVoters + unknownVoters < quorum) {
        reasons.add("quorum lost: " + reachableVoters + "/" + voting + " members reachable");
      } else if (reachableVoters < quorum) {
        reasons.add("quorum unknown: " + reachableVoters + "/" + voting + " members reachable, " + unknownVoters
            + " without fresh probe results (a monitor problem)");
      }
    }
    if (!complete) {
      reasons.add("not every member probed yet");
    }
    return new ClusterView(now, complete, reasons.isEmpty(), reasons, election.leaderId(), members.size(), voting,
        healthy, quorum, leaders.changesInLastHour(now), leaders.history(), alarms(now), views, telemetry(now));
  }

  private Optional<String> leaderReason(long leaderId, Map<Long, MemberStatus> fresh, List<MemberState> states) {
    if (leaderId == MemberIds.NONE) {
      return Optional.of("no leader");
    }
    if (fresh.containsKey(leaderId)) {
      return Optional.empty();
    }
    boolean unknown = states.stream().anyMatch(s -> s.info.id() == leaderId && s.unknown());
    return Optional.of("leader " + nameOf(leaderId) + (unknown ? " has no fresh probe results" : " is unreachable"));
  }

  private ClusterView noMemberList(Instant now) {
    String why = membershipByVantage.values().stream()
        .map(MembershipReport::error)
        .filter(e -> e != null)
        .findFirst()
        .map(e -> "no member list yet: " + e)
        .orElse("no member list yet");
    ClusterView empty = ClusterView.empty(now);
    return new ClusterView(now, false, false, List.of(why), MemberIds.NONE, 0, 0, 0, 0, 0, List.of(), alarms(now),
        empty.members(), telemetry(now));
  }

  private ClusterTelemetry telemetry(Instant now) {
    return new ClusterTelemetry(clusterReads.summary(now), writes.summary(now), writeProbeError,
        leaders.changesTotal());
  }

  private List<Alarm> alarms(Instant now) {
    return alarmsByVantage.values().stream()
        .max(Comparator.comparing(AlarmReport::observedAt))
        .map(AlarmReport::alarms)
        .orElse(List.of());
  }

  private String nameOf(long id) {
    return members.stream().filter(m -> m.id() == id).findFirst().map(MemberInfo::displayName)
        .orElse(MemberIds.toHex(id));
  }

  private MemberState stateOf(MemberInfo info, Instant now) {
    Map<String, ProbeReport> byVantage = probesByMember.getOrDefault(info.id(), Map.of());
    Instant freshSince = now.minus(staleAfter);
    Optional<ProbeReport> latest = byVantage.values().stream().max(Comparator.comparing(ProbeReport::probedAt));
    Optional<ProbeReport> freshReachable = byVantage.values().stream()
        .filter(r -> r.result().reachable() && r.probedAt().isAfter(freshSince))
        .max(Comparator.comparing(ProbeReport::probedAt));
    return new MemberState(info, latest.orElse(null), freshReachable.orElse(null), lastReachable.get(info.id()),
        freshSince);
  }

  /** What is known of one member at one instant. */
  private record MemberState(
      MemberInfo info, ProbeReport latest, ProbeReport freshReachable, ProbeReport lastReachable, Instant freshSince) {

    /** Probed once, but no vantage has said anything since {@code freshSince}: the agents are silent. */
    boolean unknown() {
      return latest != null && !latest.probedAt().isAfter(freshSince);
    }

    MemberView toView(long leaderId, MemberTelemetry telemetry) {
      boolean reachable = freshReachable != null;
      ProbeReport shown = reachable ? freshReachable : latest;
      MemberStatus status = lastReachable == null ? null : reachableOf(lastReachable).status();
      Double latency = reachable ? reachableOf(freshReachable).statusLatencyMs() : null;
      String error = null;
      if (!reachable) {
        if (latest == null) {
          error = null;
        } else if (!latest.probedAt().isAfter(freshSince)) {
          error = "no probe result since " + latest.probedAt();
        } else {
          error = latest.result().error();
        }
      }
      return new MemberView(info, reachable, reachable && info.id() == leaderId, status, latency, error,
          shown != null && shown.result() instanceof ProbeResult.Reachable r ? r.read() : null,
          shown == null ? null : shown.probedAt(),
          shown == null ? null : shown.endpoint(), telemetry);
    }

    private static ProbeResult.Reachable reachableOf(ProbeReport report) {
      return (ProbeResult.Reachable) report.result();
    }
  }
}
