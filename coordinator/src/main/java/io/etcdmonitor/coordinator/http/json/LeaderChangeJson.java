package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.LeaderChange;
import java.time.Instant;

/** One observed change of leader; {@code fromId} is null when there was no leader before. */
public record LeaderChangeJson(Instant time, String fromId, String toId, long term) {

  public static LeaderChangeJson from(LeaderChange change) {
    return new LeaderChangeJson(change.at(), Ids.hexOrNull(change.fromId()), Ids.hexOrNull(change.toId()),
        change.term());
  }
}
