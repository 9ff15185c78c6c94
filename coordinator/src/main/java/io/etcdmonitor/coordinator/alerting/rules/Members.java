package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How alerts name members and figures, so every rule words them alike. */
final class Members {
  static final String MEMBER = "member";

  private Members() {}

  static String name(MemberView m) {
    return m.info().displayName();
  }

  static Map<String, String> label(MemberView m) {
    return Map.of(MEMBER, name(m));
  }

  /** The member's name, or its hex ID when the view does not list it. */
  static String nameOf(ClusterView view, long id) {
    return view.members().stream().filter(m -> m.info().id() == id).findFirst().map(Members::name)
        .orElse(MemberIds.toHex(id));
  }

  /** The name of the peer etcd labels with a hex ID, as {@code To} in its peer metrics. */
  static String peerName(ClusterView view, String hexId) {
    try {
      return nameOf(view, MemberIds.fromHex(hexId));
    } catch (NumberFormatException e) {
      return hexId;
    }
  }

  /** The URL etcdctl should use for this member. */
  static String endpoint(MemberView m) {
    if (m.endpoint() != null) {
      return m.endpoint();
    }
    return m.info().clientUrls().isEmpty() ? "<" + name(m) + " client URL>" : m.info().clientUrls().get(0);
  }

  /** Started members with the leader last: the order in which to defragment or restart them. */
  static List<MemberView> followersFirst(ClusterView view) {
    List<MemberView> ordered = new ArrayList<>();
    view.members().stream().filter(m -> m.info().started() && m.info().id() != view.leaderId()).forEach(ordered::add);
    view.members().stream().filter(m -> m.info().started() && m.info().id() == view.leaderId()).forEach(ordered::add);
    return ordered;
  }

  static String ms(double milliseconds) {
    return number(milliseconds) + " ms";
  }

  static String mib(long bytes) {
    return number(bytes / (1024.0 * 1024.0)) + " MiB";
  }

  static String percent(double percent) {
    return number(percent) + "%";
  }

  /** At most three significant decimals, no trailing zeros: {@code 12.5}, {@code 0.003}, {@code 180}. */
  static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value);
    int scale = Math.max(0, 3 - (d.precision() - d.scale()));
    return d.setScale(Math.min(scale, 3), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
