package io.etcdmonitor.protocol;

import java.util.List;

/**
 * One member as MemberList describes it. A member that was added but has not started yet has an empty
 * name and no client URLs.
 */
public record MemberInfo(long id, String name, List<String> clientUrls, List<String> peerUrls, boolean learner)
    implements CborSerializable {
  public MemberInfo {
    name = name == null ? "" : name;
    clientUrls = List.copyOf(clientUrls);
    peerUrls = List.copyOf(peerUrls);
  }

  /** True once the member has started and published its name and client URLs. */
  public boolean started() {
    return !name.isEmpty() && !clientUrls.isEmpty();
  }

  /** A label for logs and API output: the name when known, else the hex ID. */
  public String displayName() {
    return name.isEmpty() ? MemberIds.toHex(id) : name;
  }
}
