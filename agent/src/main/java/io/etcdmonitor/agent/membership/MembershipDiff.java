package io.etcdmonitor.agent.membership;

import io.etcdmonitor.protocol.MemberInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed between two member lists: who joined, who left, whose entry changed. */
public record MembershipDiff(List<MemberInfo> added, List<MemberInfo> removed, List<MemberInfo> changed) {

  public static MembershipDiff between(List<MemberInfo> before, List<MemberInfo> after) {
    Map<Long, MemberInfo> old = byId(before);
    Map<Long, MemberInfo> now = byId(after);
    List<MemberInfo> added = new ArrayList<>();
    List<MemberInfo> changed = new ArrayList<>();
    for (MemberInfo m : now.values()) {
      MemberInfo previous = old.get(m.id());
      if (previous == null) {
        added.add(m);
      } else if (!previous.equals(m)) {
        changed.add(m);
      }
    }
    List<MemberInfo> removed = old.values().stream().filter(m -> !now.containsKey(m.id())).toList();
    return new MembershipDiff(List.copyOf(added), removed, List.copyOf(changed));
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /** For the log: {@code added m4; removed m2; changed m1}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add("added " + names(added));
    }
    if (!removed.isEmpty()) {
      parts.add("removed " + names(removed));
    }
    if (!changed.isEmpty()) {
      parts.add("changed " + names(changed));
    }
    return String.join("; ", parts);
  }

  private static String names(List<MemberInfo> members) {
    return String.join(", ", members.stream().map(MemberInfo::displayName).toList());
  }

  private static Map<Long, MemberInfo> byId(List<MemberInfo> members) {
    Map<Long, MemberInfo> map = new LinkedHashMap<>();
    members.forEach(m -> map.put(m.id(), m));
    return map;
  }
}
