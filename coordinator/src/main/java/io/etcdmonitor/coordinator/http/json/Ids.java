package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.MemberIds;

/** Member IDs leave the API as etcdctl prints them, and "no member" leaves as null, never as "0". */
final class Ids {
  private Ids() {}

  static String hexOrNull(long id) {
    return id == MemberIds.NONE ? null : MemberIds.toHex(id);
  }
}
