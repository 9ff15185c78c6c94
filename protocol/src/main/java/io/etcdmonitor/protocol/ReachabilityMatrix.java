package io.etcdmonitor.protocol;

import java.time.Instant;
import java.util.List;

/**
 * Which vantage points reach which members' client ports, right now: one row per vantage, one column per
 * member. Comparing rows tells a dead member (no row reaches it) from a broken monitoring link (one row
 * does not) and from a broken vantage (one row reaches nothing).
 *
 * @param members member names in column order (the hex ID for a member that has not started)
 * @param rows one per vantage, sorted by vantage name
 */
public record ReachabilityMatrix(Instant observedAt, List<String> members, List<Row> rows)
    implements CborSerializable {
  public ReachabilityMatrix {
    members = List.copyOf(members);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != members.size()) {
        throw new IllegalArgumentException("row " + row.vantage() + " has " + row.cells().size()
            + " cells for " + members.size() + " members");
      }
    }
  }

  /**
   * One vantage's view of every member.
   *
   * @param datacenter where the vantage runs, as its agent reports it
   * @param lastReport when the coordinator last heard from this vantage
   * @param cells in the matrix's member order
   */
  public record Row(String vantage, String datacenter, Instant lastReport, List<ReachabilityCell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** True when the whole row is {@link ReachabilityCell.VantageSilent}: the agent stopped reporting. */
    public boolean silent() {
      return !cells.isEmpty() && cells.get(0) instanceof ReachabilityCell.VantageSilent;
    }
  }

  public static ReachabilityMatrix empty(Instant at) {
    return new ReachabilityMatrix(at, List.of(), List.of());
  }
}
