package io.etcdmonitor.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How the members see each other over raft, from each member's own {@code /metrics} and Status: row
 * {@code i}, column {@code j} is member i's link to member j. It tells a member cut off from its peers
 * (its client port may still answer) from one that is down.
 *
 * @param members member names; rows and columns follow this order
 * @param rows one per member, in member order
 */
public record PeerMatrix(Instant observedAt, List<String> members, List<Row> rows) implements CborSerializable {
  public PeerMatrix {
    members = List.copyOf(members);
    rows = List.copyOf(rows);
    if (rows.size() != members.size()) {
      throw new IllegalArgumentException(rows.size() + " rows for " + members.size() + " members");
    }
    for (Row row : rows) {
      if (row.cells().size() != members.size()) {
        throw new IllegalArgumentException("row " + row.member() + " has " + row.cells().size()
            + " cells for " + members.size() + " members");
      }
    }
  }

  /**
   * One member's view of its peers and of the leader.
   *
   * @param metricsAt when the figures in {@code cells} were scraped; null when no fresh scrape exists
   * @param window the scrape window the {@code ...InWindow} figures cover; null with {@code metricsAt}
   * @param statusAt when {@code leader} and {@code term} were read with Status; null when not fresh
   * @param hasLeader whether the member knows a leader, from the fresher of Status and
   *     {@code etcd_server_has_leader}; null when neither is fresh
   * @param leader the name of the member it follows; null when it has none or it is unknown
   * @param term its raft term; null when unknown
   * @param cells its link to each member, {@link PeerCell#UNKNOWN} on the diagonal
   */
  public record Row(
      String member,
      Instant metricsAt,
      Duration window,
      Instant statusAt,
      Boolean hasLeader,
      String leader,
      Long term,
      List<PeerCell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  public static PeerMatrix empty(Instant at) {
    return new PeerMatrix(at, List.of(), List.of());
  }
}
