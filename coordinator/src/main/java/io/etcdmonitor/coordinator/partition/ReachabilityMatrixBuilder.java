package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the latest probe result per (vantage, member) and renders the {@link ReachabilityMatrix}. Adding a
 * report costs two hash lookups and a few array writes, so thousands of reports per second stay cheap; the
 * matrix is rendered once per tick.
 *
 * <p>Silence is judged by the coordinator's receive time, not the agent's clock: a vantage heard from no
 * later than {@code silentAfter} ago is {@link ReachabilityCell.VantageSilent} for its whole row, and a
 * single cell not refreshed within {@code silentAfter} is {@link ReachabilityCell.NotProbed}.
 */
public final class ReachabilityMatrixBuilder {
  private final Duration silentAfter;
  private final Map<String, VantageRow> rows = new HashMap<>();
  private final Map<Long, Integer> columnOf = new HashMap<>();
  private long[] ids = new long[0];
  private List<String> names = List.of();

  /** {@code silentAfter} is typically K probe intervals plus the probe timeout. */
  public ReachabilityMatrixBuilder(Duration silentAfter) {
    this.silentAfter = silentAfter;
  }

  /** Sets the columns; results for members that left are dropped, those for members that stay are kept. */
  public void members(List<MemberInfo> members) {
    long[] newIds = members.stream().mapToLong(MemberInfo::id).toArray();
    if (Arrays.equals(newIds, ids)) {
      names = members.stream().map(MemberInfo::displayName).toList();
      return;
    }
    Map<Long, Integer> oldColumns = Map.copyOf(columnOf);
    columnOf.clear();
    for (int i = 0; i < newIds.length; i++) {
      columnOf.put(newIds[i], i);
    }
    for (VantageRow row : rows.values()) {
      row.remap(newIds, oldColumns);
    }
    ids = newIds;
    names = members.stream().map(MemberInfo::displayName).toList();
  }

  /** Records one probe result; a result older than the one held for its cell is ignored. */
  public void add(ProbeReport report, Instant receivedAt) {
    VantageRow row = rows.get(report.vantage());
    if (row == null) {
      row = new VantageRow(ids.length);
      rows.put(report.vantage(), row);
    }
    row.datacenter = report.datacenter();
    if (row.lastReceived == null || receivedAt.isAfter(row.lastReceived)) {
      row.lastReceived = receivedAt;
    }
    Integer column = columnOf.get(report.memberId());
    if (column != null) {
      row.record(column, report, receivedAt);
    }
  }

  /** Forgets a vantage whose agent left for good (for example, it left the Pekko cluster). */
  public void removeVantage(String vantage) {
    rows.remove(vantage);
  }

  public ReachabilityMatrix matrix(Instant now) {
    Instant freshSince = now.minus(silentAfter);
    List<ReachabilityMatrix.Row> out = new ArrayList<>(rows.size());
    rows.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.add(e.getValue().render(e.getKey(), freshSince)));
    return new ReachabilityMatrix(now, names, out);
  }

  /** One vantage's latest result per member, in column order. */
  private final class VantageRow {
    String datacenter;
    Instant lastReceived;
    ProbeResult[] results;
    Instant[] probedAt;
    Instant[] receivedAt;
    Instant[] failingSince;

    VantageRow(int columns) {
      allocate(columns);
    }

    private void allocate(int columns) {
      results = new ProbeResult[columns];
      probedAt = new Instant[columns];
      receivedAt = new Instant[columns];
      failingSince = new Instant[columns];
    }

    void record(int column, ProbeReport report, Instant received) {
      if (probedAt[column] != null && report.probedAt().isBefore(probedAt[column])) {
        return;
      }
      ProbeResult previous = results[column];
      boolean continuesRun = previous != null && !previous.reachable()
          && !received.isAfter(receivedAt[column].plus(silentAfter));
      if (report.result().reachable()) {
        failingSince[column] = null;
      } else if (!continuesRun) {
        failingSince[column] = report.probedAt();
      }
      results[column] = report.result();
      probedAt[column] = report.probedAt();
      receivedAt[column] = received;
    }

    void remap(long[] newIds, Map<Long, Integer> oldColumns) {
      ProbeResult[] oldResults = results;
      Instant[] oldProbed = probedAt;
      Instant[] oldReceived = receivedAt;
      Instant[] oldSince = failingSince;
      allocate(newIds.length);
      for (int i = 0; i < newIds.length; i++) {
        Integer old = oldColumns.get(newIds[i]);
        if (old != null) {
          results[i] = oldResults[old];
          probedAt[i] = oldProbed[old];
          receivedAt[i] = oldReceived[old];
          failingSince[i] = oldSince[old];
        }
      }
    }

    ReachabilityMatrix.Row render(String vantage, Instant freshSince) {
      List<ReachabilityCell> cells = new ArrayList<>(results.length);
      if (lastReceived.isBefore(freshSince)) {
        ReachabilityCell silent = new ReachabilityCell.VantageSilent(lastReceived);
        for (int i = 0; i < results.length; i++) {
          cells.add(silent);
        }
      } else {
        for (int i = 0; i < results.length; i++) {
          cells.add(cell(i, freshSince));
        }
      }
      return new ReachabilityMatrix.Row(vantage, datacenter, lastReceived, cells);
    }

    private ReachabilityCell cell(int i, Instant freshSince) {
      ProbeResult result = results[i];
      if (result == null || receivedAt[i].isBefore(freshSince)) {
        return new ReachabilityCell.NotProbed(probedAt[i]);
      }
      if (result instanceof ProbeResult.Reachable r) {
        return new ReachabilityCell.Reachable(r.statusLatencyMs(), probedAt[i]);
      }
      if (result instanceof ProbeResult.Unreachable u) {
        return new ReachabilityCell.Unreachable(u.reason(), failingSince[i], probedAt[i]);
      }
      ProbeResult.TimedOut t = (ProbeResult.TimedOut) result;
      return new ReachabilityCell.TimedOut(t.timeoutMs(), failingSince[i], probedAt[i]);
    }
  }
}
