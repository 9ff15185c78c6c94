package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberView;
import java.util.List;

/**
 * An active etcd alarm with the member's name resolved, so an operator need not map IDs by hand. The name is
 * null when the member is not in the member list or has not started.
 */
public record AlarmJson(String memberId, String memberName, String type) {

  public static AlarmJson from(Alarm alarm, List<MemberView> members) {
    String name = members.stream()
        .filter(m -> m.info().id() == alarm.memberId() && !m.info().name().isEmpty())
        .map(m -> m.info().name())
        .findFirst()
        .orElse(null);
    return new AlarmJson(MemberIds.toHex(alarm.memberId()), name, alarm.type());
  }
}
