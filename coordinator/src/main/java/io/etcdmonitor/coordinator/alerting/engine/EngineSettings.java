package io.etcdmonitor.coordinator.alerting.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine groups and repeats notifications.
 *
 * @param cluster the value of the {@code cluster} label every alert carries, which is also the group
 * @param groupWait how long a group collects changes before they go out together; part of the time to page
 * @param repeatInterval how often an alert that keeps firing is sent again
 * @param metricsStaleAfter a scrape older than this no longer judges its member
 * @param historySize how many ended alerts the API keeps
 * @param resendResolvedFor how long a resolution is repeated in the group's later notifications; as long as a
 *     channel keeps trying to deliver, so a channel that coalesces notifications never loses one
 */
public record EngineSettings(String cluster, Duration groupWait, Duration repeatInterval, Duration metricsStaleAfter,
    int historySize, Duration resendResolvedFor) {

  public EngineSettings {
    Objects.requireNonNull(cluster, "cluster");
    if (groupWait.isNegative() || repeatInterval.isNegative() || repeatInterval.isZero() || historySize < 1) {
      throw new IllegalArgumentException("groupWait must not be negative; repeatInterval and historySize positive");
    }
  }

  /**
   * 1 s group wait (quorum lost still pages within 5 s of the kill), 4 h repeat interval as Alertmanager's
   * default, scrapes stale after three missed intervals, 200 ended alerts kept, resolutions repeated for the
   * 10 minutes a channel retries a notification.
   */
  public static EngineSettings defaults(String cluster, Duration metricsInterval) {
    return new EngineSettings(cluster, Duration.ofSeconds(1), Duration.ofHours(4),
        metricsInterval.multipliedBy(3).plusSeconds(5), 200, Duration.ofMinutes(10));
  }
}
