package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the likely cause of leader changes from what the members' metrics showed meanwhile. Leader flapping is
 * usually a slow disk (WAL fsync slow, heartbeats sent late, applies slow) while peers deliver fine; a network
 * problem shows as slow peer round trips or failed peer sends instead.
 *
 * @param cause {@code disk}, {@code network}, {@code disk and network}, or {@code unknown}
 * @param evidence one phrase per member and signal, for the description
 */
record LeaderChangeCause(String cause, List<String> evidence) {

  static LeaderChangeCause attribute(ClusterView view, Signals signals, Instant since, double fsyncMs,
      double peerRttMs) {
    List<String> disk = new ArrayList<>();
    List<String> network = new ArrayList<>();
    for (MemberView m : view.members()) {
      double worstFsync = 0;
      double worstRtt = 0;
      long heartbeats = 0;
      long slowApplies = 0;
      long sendFailures = 0;
      for (MetricsSample s : signals.history(m).since(since)) {
        worstFsync = Math.max(worstFsync, s.fsyncP99() == null ? 0 : s.fsyncP99() * 1000);
        worstRtt = Math.max(worstRtt, s.peerRttP99Max() == null ? 0 : s.peerRttP99Max() * 1000);
        heartbeats += s.heartbeatFailures() == null ? 0 : s.heartbeatFailures();
        slowApplies += s.slowApplies() == null ? 0 : s.slowApplies();
        sendFailures += s.peerSendFailures() == null ? 0 : s.peerSendFailures();
      }
      String member = Members.name(m);
      if (worstFsync > fsyncMs) {
        disk.add(member + ": WAL fsync p99 up to " + Members.ms(worstFsync));
      }
      if (heartbeats > 0) {
        disk.add(member + ": " + heartbeats + " heartbeat(s) sent late");
      }
      if (slowApplies > 0) {
        disk.add(member + ": " + slowApplies + " slow apply(ies)");
      }
      if (worstRtt > peerRttMs) {
        network.add(member + ": peer round trip p99 up to " + Members.ms(worstRtt));
      }
      if (sendFailures > 0) {
        network.add(member + ": " + sendFailures + " failed send(s) to peers");
      }
    }
    String cause = !disk.isEmpty() && !network.isEmpty() ? "disk and network"
        : !disk.isEmpty() ? "disk" : !network.isEmpty() ? "network" : "unknown";
    List<String> evidence = new ArrayList<>(disk);
    evidence.addAll(network);
    return new LeaderChangeCause(cause, evidence);
  }
}
