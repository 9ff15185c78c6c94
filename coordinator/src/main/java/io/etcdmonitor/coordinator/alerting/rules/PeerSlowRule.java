package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The round trip from one member to a peer is slow (p99 above 150 ms by default): one alert per member and
 * peer, so it says which link. etcd measures a round trip only every few seconds, so a window without one is
 * left undecided rather than counted as fast.
 */
final class PeerSlowRule implements Rule {
  static final String PEER = "peer";
  private final String name;
  private final Levels levels;

  PeerSlowRule(EffectiveRule settings) {
    this.name = settings.name();
    this.levels = Levels.of(settings, true);
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
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    for (MemberView m : view.members()) {
      Optional<MemberMetrics> metrics = signals.metrics(m);
      if (metrics.isEmpty()) {
        out.unknown(Members.label(m));
        continue;
      }
      for (Map.Entry<String, MemberMetrics.Peer> peer : metrics.get().peers().entrySet()) {
        String peerName = Members.peerName(view, peer.getKey());
        Map<String, String> labels = Map.of(Members.MEMBER, Members.name(m), PEER, peerName);
        Double p99 = peer.getValue().roundTripP99Seconds();
        if (p99 == null) {
          out.unknown(labels);
          continue;
        }
        double ms = p99 * 1000;
        for (Alert.Severity severity : levels.reached(ms)) {
          out.add(Finding.of(name, severity, labels,
              "etcd member " + Members.name(m) + " to " + peerName + " round trip p99 " + Members.ms(ms),
              "The p99 round trip from member " + Members.name(m) + " to peer " + peerName + " is " + Members.ms(ms)
                  + ", above " + Members.ms(levels.threshold(severity)) + ". Slow peer links delay heartbeats and "
                  + "replication and cause elections.",
              Runbooks.NETWORK, List.of(Members.name(m), peerName)));
        }
      }
    }
    return out.build();
  }
}
