package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.LeaderChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Leadership moved more often in the last hour than {@code max_leader_changes_per_hour}. The alert names the
 * likely cause (disk or network) with the evidence, because the fix differs entirely between the two.
 */
final class LeaderChangesRule implements Rule {
  private static final Duration WINDOW = Duration.ofHours(1);
  private final String name;
  private final Levels levels;
  private final double fsyncMs;
  private final double peerRttMs;

  /**
   * @param fsyncMs WAL fsync p99 above which the disk counts as evidence
   * @param peerRttMs peer round trip p99 above which the network counts as evidence
   */
  LeaderChangesRule(EffectiveRule settings, double fsyncMs, double peerRttMs) {
    this.name = settings.name();
    this.levels = Levels.of(settings, true);
    this.fsyncMs = fsyncMs;
    this.peerRttMs = peerRttMs;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Alert.Severity> severities() {
    return levels.severities();
  }

  @Override
  public RuleOutcome evaluate(AlertInput input, Signals signals) {
    ClusterView view = input.view();
    int changes = view.leaderChangesLastHour();
    List<Alert.Severity> reached = levels.reached(changes);
    if (reached.isEmpty()) {
      return RuleOutcome.none();
    }
    Instant hourAgo = input.now().minus(WINDOW);
    Instant since = view.leaderHistory().stream().map(LeaderChange::at).filter(at -> at.isAfter(hourAgo))
        .findFirst().orElse(hourAgo).minus(Duration.ofMinutes(1));
    LeaderChangeCause cause = LeaderChangeCause.attribute(view, signals, since, fsyncMs, peerRttMs);
    String moves = view.leaderHistory().stream().filter(c -> c.at().isAfter(hourAgo))
        .map(c -> Members.nameOf(view, c.fromId()) + " -> " + Members.nameOf(view, c.toId()) + " at " + c.at())
        .reduce((a, b) -> a + ", " + b).orElse("");
    String why = switch (cause.cause()) {
      case "disk" -> " Likely cause: disk. The members' disks were slow while peers delivered; a slow fsync delays "
          + "heartbeats until followers call an election.";
      case "network" -> " Likely cause: network. Peer round trips were slow or peer sends failed while disks were "
          + "fast.";
      case "disk and network" -> " Likely cause: disk and network; both show trouble.";
      default -> " No disk or network evidence in the members' metrics; check for restarts, CPU starvation and "
          + "planned leader moves.";
    };
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    for (Alert.Severity severity : reached) {
      String description = changes + " leader changes in the last hour (threshold "
          + Members.number(levels.threshold(severity)) + "): " + moves + "." + why
          + (cause.evidence().isEmpty() ? "" : " Evidence: " + String.join("; ", cause.evidence()) + ".");
      out.add(Finding.of(name, severity, Map.of(),
          changes + " etcd leader changes in the last hour; likely cause: " + cause.cause(), description,
          Runbooks.ELECTIONS + ("network".equals(cause.cause()) ? "\n" + Runbooks.NETWORK
              : cause.cause().startsWith("disk") ? "\n" + Runbooks.DISK : ""),
          view.members().stream().filter(m -> m.info().started()).map(Members::name).toList())
          .with(Finding.CAUSE, cause.cause()));
    }
    return out.build();
  }
}
