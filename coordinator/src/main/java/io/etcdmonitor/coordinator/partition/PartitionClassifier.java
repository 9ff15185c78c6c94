package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names what is wrong with the network around an etcd cluster by comparing two planes: the vantage points
 * probing each member's client port ({@link ReachabilityMatrix}) and the members' own view of their raft
 * links and leader ({@link PeerMatrix}). Deterministic and clock-free: each call is one observation at the
 * given instant, and the caller makes one per probe interval (the hysteresis counts calls, not seconds).
 *
 * <p>Only counting vantages are used: a silent vantage (its agent stopped reporting) and an isolated one
 * never count against etcd, nor do cells without a fresh result. "Reaches" means a counting vantage got a
 * Status answer; a link is down when either end's figures say so (no {@code active_peers} connection, or
 * failed sends on an etcd without that gauge).
 *
 * <table>
 *   <caption>Rules, evaluated on every observation</caption>
 *   <tr><th>kind</th><th>when</th><th>severity</th><th>not shown when</th></tr>
 *   <tr><td>MEMBER_DOWN</td><td>no counting vantage reaches m, at least one fails to, and no peer shows a
 *     raft connection to m in figures scraped 5 s or more after the last vantage lost it; or m was down at the
 *     previous observation and peers are connected to it again (it rejoins, its client port not open yet)</td>
 *     <td>warning</td>
 *     <td>never hidden; may accompany QUORUM_LOST</td></tr>
 *   <tr><td>VANTAGE_LINK_FAULT (per member)</td><td>some counting vantages fail to reach m while others reach
 *     it (those failing still reach other members); or none reaches m but peers still hold connections to it
 *     (its client port alone is out of reach)</td><td>warning</td><td>m is down, isolated, in a minority
 *     partition or a datacenter split; quorum is lost; every failing vantage is isolated</td></tr>
 *   <tr><td>VANTAGE_ISOLATED (per datacenter of vantages)</td><td>a vantage has fresh results, reaches no
 *     member, and another vantage reaches one</td><td>warning</td><td>never hidden (a monitor problem)</td></tr>
 *   <tr><td>QUORUM_LOST</td><td>the largest group of members that can work together, even counting every
 *     voting member nothing is known of, has fewer voters than a quorum</td><td>critical</td>
 *     <td>never hidden</td></tr>
 *   <tr><td>DATACENTER_SPLIT</td><td>a separated group is exactly the live members of its datacenters, and
 *     every counting vantage of another datacenter fails to reach all of them; or, before raft notices or when
 *     only monitoring paths are cut, every counting vantage of each of two datacenters fails every live member
 *     of the other (the side without the leader, else with fewer voters, is named)</td><td>warning</td>
 *     <td>never hidden; may accompany QUORUM_LOST</td></tr>
 *   <tr><td>MEMBER_ISOLATED</td><td>a separated group of one member: it is reached by a vantage but has no
 *     leader while others follow one, or every member of the leader's group with figures about it has lost
 *     the link</td><td>warning</td><td>quorum is lost; the member is down or in a datacenter split</td></tr>
 *   <tr><td>MINORITY_PARTITION</td><td>a separated group of two or more members (connected among themselves,
 *     cut off from the leader's group)</td><td>warning</td><td>as MEMBER_ISOLATED</td></tr>
 *   <tr><td>SPLIT_LEADER_VIEW</td><td>members that are not cut off name different leaders or terms, for at
 *     least {@code electionWindow}</td><td>warning</td><td>quorum is lost</td></tr>
 * </table>
 *
 * <p>Groups: the leader's group is every reached member following the agreed leader (the one named at the
 * highest term by the most members) at its term; other reached members without a leader, or cut from the
 * leader's group, are separated and grouped by peer connectivity. Without any leader, reached members are
 * grouped by peer connectivity and the group with the most voters comes first.
 *
 * <p>Hysteresis: a verdict is shown after {@code raiseAfter} consecutive observations support it (and, for
 * SPLIT_LEADER_VIEW, once that run has lasted {@code electionWindow}), and hidden after {@code clearAfter}
 * consecutive observations do not. Its {@code since} is the first observation of the run. The "not shown
 * when" column is applied to the raw findings of each observation and again to the active verdicts.
 */
public final class PartitionClassifier {
  private final Hysteresis<Finding.Key> hysteresis;
  private final Map<Finding.Key, Finding> latest = new HashMap<>();

  /**
   * @param raiseAfter consecutive observations before a verdict shows
   * @param clearAfter consecutive observations without it before it goes
   * @param electionWindow how long members may disagree about the leader before that is a verdict
   */
  public record Settings(int raiseAfter, int clearAfter, Duration electionWindow) {
    /** Three observations (three seconds at the default 1 s probe interval) either way; 3 s elections. */
    public static Settings defaults() {
      return new Settings(3, 3, Duration.ofSeconds(3));
    }
  }

  public PartitionClassifier(Settings settings) {
    this.hysteresis = new Hysteresis<>(settings.raiseAfter(), settings.clearAfter(),
        key -> key.kind() == Kind.SPLIT_LEADER_VIEW ? settings.electionWindow() : Duration.ZERO);
  }

  /** One observation: returns the active verdicts, most severe first. */
  public List<PartitionVerdict> classify(
      ReachabilityMatrix reach, PeerMatrix peers, PartitionTopology topology, Instant now) {
    Set<String> downBefore = new HashSet<>();
    latest.keySet().stream().filter(key -> key.kind() == Kind.MEMBER_DOWN).forEach(key -> downBefore.add(
        key.subject()));
    Map<Finding.Key, Finding> raw = new LinkedHashMap<>();
    for (Finding f : evaluate(new Observation(reach, peers, topology), downBefore)) {
      raw.put(f.key(), f);
    }
    latest.putAll(raw);
    Map<Finding.Key, Instant> active = hysteresis.observe(raw.keySet(), now);
    latest.keySet().removeIf(key -> !hysteresis.tracks(key));

    List<Finding> shown = new ArrayList<>();
    active.keySet().forEach(key -> shown.add(latest.get(key)));
    return Precedence.apply(shown).stream()
        .sorted(Comparator.comparing((Finding f) -> f.severity()).reversed()
            .thenComparing(Finding::kind)
            .thenComparing(f -> f.key().toString()))
        .map(f -> f.toVerdict(active.get(f.key())))
        .toList();
  }

  /** The findings one observation supports, before hysteresis, given the members found down before it. */
  static List<Finding> evaluate(Observation o, Set<String> downBefore) {
    MemberRules.Result members = MemberRules.evaluate(o, downBefore);
    Groups groups = new Groups(o, members.down());
    List<Finding> findings = new ArrayList<>(members.findings());
    GroupRules.Result grouped = GroupRules.evaluate(o, groups, members.down());
    findings.addAll(grouped.findings());
    findings.addAll(VantageRules.evaluate(o, grouped.splits()));
    return Precedence.apply(findings);
  }
}
