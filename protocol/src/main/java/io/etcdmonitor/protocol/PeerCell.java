package io.etcdmonitor.protocol;

/**
 * What one member's own {@code /metrics} says about its raft link to one peer: one cell of the
 * {@link PeerMatrix}. Every figure is null when the member did not expose it or its scrape is stale.
 *
 * @param active {@code etcd_network_active_peers}: whether the member holds a connection to the peer. etcd
 *     drops it within seconds of the peer stopping or the link breaking, so it is the freshest signal here
 * @param roundTripP99Ms {@code etcd_network_peer_round_trip_time_seconds} p99 over the scrape window; etcd
 *     observes it only every 5 to 30 s, so null often just means "no sample"
 * @param sentFailuresInWindow increase of {@code etcd_network_peer_sent_failures_total{To}} over the window
 * @param receivedFailuresInWindow increase of {@code etcd_network_peer_received_failures_total{From}}
 */
public record PeerCell(
    Boolean active, Double roundTripP99Ms, Long sentFailuresInWindow, Long receivedFailuresInWindow) {

  /** A cell with no figures: the diagonal, a stale scrape, or a peer the member does not list. */
  public static final PeerCell UNKNOWN = new PeerCell(null, null, null, null);

  /**
   * Whether the link is up as far as this member can tell: {@code false} when it holds no connection (or,
   * on an etcd without {@code active_peers}, when sends failed in the window), {@code true} when it holds
   * one (failed sends are then dropped messages of an overloaded link, not a cut), null when unknown.
   */
  public Boolean linkUp() {
    if (active != null) {
      return active;
    }
    if (sentFailuresInWindow != null && sentFailuresInWindow > 0) {
      return false;
    }
    return null;
  }
}
