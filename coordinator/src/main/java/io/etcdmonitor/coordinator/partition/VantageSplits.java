package io.etcdmonitor.coordinator.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Datacenter splits seen on the vantage plane before, or without, the peer plane: every live vantage of one
 * datacenter fails every live member of another, and every live vantage of that other fails every live member of
 * the first, while each still reaches members elsewhere. A real cut between datacenters shows this within a probe
 * or two, while a member keeps following its leader until its election timeout and peer figures wait for the next
 * scrape; and it shows the same when only the monitoring paths between the datacenters are cut. Either way the
 * fault is between datacenters, which one verdict says better than a link fault per member. One vantage's broken
 * link never looks like this, since the other direction stays intact.
 *
 * <p>The side named as cut off is the datacenter without the agreed leader, else the one with fewer voters.
 */
final class VantageSplits {
  private VantageSplits() {}

  /** The sides found, leaving out pairs of datacenters that {@code known} sides already account for. */
  static List<DatacenterSplits.Side> find(Observation o, Groups groups, List<DatacenterSplits.Side> known) {
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int m = 0; m < o.memberCount; m++) {
      String dc = o.datacenterOf(m);
      if (dc != null && groups.alive[m]) {
        members.computeIfAbsent(dc, d -> new ArrayList<>()).add(m);
      }
    }
    Map<String, List<Integer>> vantages = new TreeMap<>();
    for (int v = 0; v < o.vantageCount; v++) {
      String dc = o.vantageDatacenter(v);
      if (o.live[v] && dc != null && !dc.isEmpty() && members.containsKey(dc)) {
        vantages.computeIfAbsent(dc, d -> new ArrayList<>()).add(v);
      }
    }
    Map<String, Set<String>> cutFromByMinority = new TreeMap<>();
    List<String> dcs = new ArrayList<>(vantages.keySet());
    for (int i = 0; i < dcs.size(); i++) {
      for (int j = i + 1; j < dcs.size(); j++) {
        String x = dcs.get(i);
        String y = dcs.get(j);
        if (!covered(known, x, y) && losesAll(o, vantages.get(x), members.get(y))
            && losesAll(o, vantages.get(y), members.get(x))) {
          String minority = minority(o, groups, x, y, members);
          cutFromByMinority.computeIfAbsent(minority, d -> new TreeSet<>()).add(minority.equals(x) ? y : x);
        }
      }
    }
    List<DatacenterSplits.Side> sides = new ArrayList<>();
    cutFromByMinority.forEach((dc, cutFrom) -> sides.add(side(o, dc, members.get(dc), List.copyOf(cutFrom))));
    return sides;
  }

  private static DatacenterSplits.Side side(Observation o, String dc, List<Integer> members, List<String> cutFrom) {
    List<Integer> vantages = new ArrayList<>();
    DatacenterSplits.Side side = new DatacenterSplits.Side(List.of(dc), members, cutFrom, vantages);
    for (int v = 0; v < o.vantageCount; v++) {
      int vantage = v;
      if (o.live[v] && IntStream.range(0, o.memberCount)
          .anyMatch(m -> o.cell(vantage, m).failed() && side.explains(o, vantage, m))) {
        vantages.add(v);
      }
    }
    return side;
  }

  private static boolean covered(List<DatacenterSplits.Side> known, String x, String y) {
    return known.stream().anyMatch(s -> s.datacenters().contains(x) && s.cutFrom().contains(y)
        || s.datacenters().contains(y) && s.cutFrom().contains(x));
  }

  /** Every vantage fails every member, none reaching any. */
  private static boolean losesAll(Observation o, List<Integer> vantages, List<Integer> members) {
    for (int v : vantages) {
      for (int m : members) {
        if (!o.cell(v, m).failed()) {
          return false;
        }
      }
    }
    return true;
  }

  private static String minority(Observation o, Groups groups, String x, String y, Map<String, List<Integer>> members) {
    int leader = groups.leader == null ? -1 : o.indexOf(groups.leader);
    if (leader >= 0 && x.equals(o.datacenterOf(leader))) {
      return y;
    }
    if (leader >= 0 && y.equals(o.datacenterOf(leader))) {
      return x;
    }
    return Groups.votersIn(o, members.get(x)) < Groups.votersIn(o, members.get(y)) ? x : y;
  }
}
