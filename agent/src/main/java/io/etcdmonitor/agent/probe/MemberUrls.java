package io.etcdmonitor.agent.probe;

import io.etcdmonitor.protocol.MemberInfo;
import java.util.Map;

/**
 * Where this vantage reaches a member. etcd advertises the client URLs its members listen on, which behind NAT, in
 * containers or through a proxy are not the ones a monitor can use; {@code client_urls} names those by member.
 */
public final class MemberUrls {
  private MemberUrls() {}

  /** The configured URL for the member's name, else the first client URL it advertises; null before it started. */
  public static String client(MemberInfo member, Map<String, String> configured) {
    String url = member.name().isEmpty() ? null : configured.get(member.name());
    if (url != null) {
      return url;
    }
    return member.clientUrls().isEmpty() ? null : member.clientUrls().get(0);
  }
}
