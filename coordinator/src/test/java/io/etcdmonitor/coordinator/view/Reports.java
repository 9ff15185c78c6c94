package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Instant;
import java.util.List;

/** Synthetic agent reports for view tests. */
final class Reports {
  static final long M1 = 0x1111L;
  static final long M2 = 0x2222L;
  static final long M3 = 0xfedcba9876543210L;

  private Reports() {}

  static MemberInfo member(long id, String name, int port) {
    return new MemberInfo(id, name, List.of("http://127.0.0.1:" + port), List.of("http://127.0.0.1:" + (port + 1)),
        false);
  }

  static List<MemberInfo> three() {
    return List.of(member(M1, "m1", 2379), member(M2, "m2", 22379), member(M3, "m3", 32379));
  }

  static MembershipReport members(List<MemberInfo> members, Instant at) {
    return new MembershipReport("local", "default", members, null, at);
  }

  static ProbeReport up(long member, long leader, long term, Instant at) {
    MemberStatus status = new MemberStatus("3.4.23", leader, term, 100, 100, 20480, 16384, false, List.of());
    return new ProbeReport("local", "default", member, "http://m/" + member, at,
        new ProbeResult.Reachable(status, 0.8, ReadCheck.succeeded(0.5)));
  }

  static ProbeReport down(long member, Instant at) {
    return new ProbeReport("local", "default", member, "http://m/" + member, at,
        new ProbeResult.Unreachable("unavailable: Connection refused"));
  }
}
