package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.ClusterTelemetry;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.LatencySummary;
import io.etcdmonitor.protocol.LeaderChange;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberTelemetry;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic 3-member cluster whose views look like the aggregator's: members probed every second (counters
 * rise as probes succeed or fail), a view that calls a member unreachable only {@link #STALE_AFTER} after its
 * last answer, and metrics scraped every {@link #SCRAPE_EVERY}. Tests change the cluster and advance time.
 */
final class Scenario {
  static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
  static final Duration STALE_AFTER = Duration.ofSeconds(4);
  static final Duration SCRAPE_EVERY = Duration.ofSeconds(10);
  static final long MIB = 1024 * 1024;

  /** One member's mutable state. */
  static final class Member {
    final long id;
    final String name;
    boolean up = true;
    Instant lastAnswer = START;
    long succeeded;
    long failed;
    long dbSize = 20 * MIB;
    long dbInUse = 16 * MIB;
    long quota = 2048 * MIB;
    Double fsyncP99Seconds = 0.002;
    Double commitP99Seconds = 0.004;
    long rssBytes = 100 * MIB;
    long grpcHandledPerScrape = 100;
    long grpcFailedPerScrape;
    long proposalsFailedTotal;
    long heartbeatFailuresPerScrape;
    long slowAppliesPerScrape;
    Double peerRttP99Seconds = 0.001;
    long peerSendFailuresPerScrape;
    Boolean hasLeader = true;
    MemberMetrics metrics;

    Member(long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  final Map<Long, Member> members = new LinkedHashMap<>();
  Instant now = START;
  long leaderId;
  long term = 7;
  final List<LeaderChange> leaderHistory = new ArrayList<>();
  final List<Alarm> alarms = new ArrayList<>();
  LatencySummary readLatency = new LatencySummary(300, 0.5, 1.0, 2.0, 3.0, Duration.ofMinutes(5));
  LatencySummary writeLatency = new LatencySummary(300, 2.0, 4.0, 8.0, 10.0, Duration.ofMinutes(5));
  private Instant lastScrape;
  private Duration sinceProbe = Duration.ZERO;

  Scenario() {
    this(3);
  }

  Scenario(int size) {
    for (int i = 1; i <= size; i++) {
      members.put((long) i, new Member(i, "etcd" + i));
    }
    leaderId = 1;
    scrape();
  }

  Member member(int n) {
    return members.get((long) n);
  }

  /** Advances time; every whole second each member is probed once and scrapes happen on their period. */
  Scenario advance(Duration step) {
    Duration left = step;
    while (!left.isZero()) {
      Duration d = left.compareTo(Duration.ofMillis(250)) < 0 ? left : Duration.ofMillis(250);
      now = now.plus(d);
      left = left.minus(d);
      sinceProbe = sinceProbe.plus(d);
      if (sinceProbe.compareTo(Duration.ofSeconds(1)) >= 0) {
        sinceProbe = sinceProbe.minusSeconds(1);
        for (Member m : members.values()) {
          if (m.up) {
            m.succeeded++;
            m.lastAnswer = now;
          } else {
            m.failed++;
          }
        }
      }
      if (!now.isBefore(lastScrape.plus(SCRAPE_EVERY))) {
        scrape();
      }
    }
    return this;
  }

  /** Records a leader change now, as the view's leader history does. */
  Scenario changeLeader(long to) {
    leaderHistory.add(new LeaderChange(now, leaderId, to, ++term));
    leaderId = to;
    return this;
  }

  /** Scrapes every member now, so changed figures show without waiting for the next period. */
  void scrape() {
    lastScrape = now;
    for (Member m : members.values()) {
      if (!m.up) {
        continue;
      }
      Map<String, MemberMetrics.Peer> peers = new HashMap<>();
      for (Member other : members.values()) {
        if (other != m) {
          peers.put(MemberIds.toHex(other.id), new MemberMetrics.Peer(true, m.peerRttP99Seconds, 2L, 0L,
              m.peerSendFailuresPerScrape, 0L, 0L));
        }
      }
      m.metrics = new MemberMetrics(now, SCRAPE_EVERY, "3.4.23", 0,
          new MemberMetrics.Raft(1000L, 10.0, 1000L, 10.0, 0L, m.proposalsFailedTotal, 0.0, 0L, 0L, m.hasLeader,
              m.id == leaderId, false, 0L, m.slowAppliesPerScrape, 0L, m.heartbeatFailuresPerScrape, 0L, 0L),
          new MemberMetrics.Disk(0.001, m.fsyncP99Seconds, 100L, 0.002, m.commitP99Seconds, 50L),
          new MemberMetrics.Storage(m.dbSize, m.dbInUse, m.quota),
          new MemberMetrics.Watches(1L, 1L, 0L),
          new MemberMetrics.Grpc(1000L, 990L, 2L, 0L, m.grpcHandledPerScrape, m.grpcFailedPerScrape,
              m.grpcHandledPerScrape == 0 ? null : (double) m.grpcFailedPerScrape / m.grpcHandledPerScrape,
              0L, 0L, 0.0, 0.0),
          new MemberMetrics.Process(m.rssBytes, 1.0, 0.01, 40L, 1024L, 38L, 1024L),
          peers);
    }
  }

  ClusterView view() {
    List<MemberView> views = new ArrayList<>();
    int reachableVoters = 0;
    for (Member m : members.values()) {
      boolean reachable = !m.lastAnswer.isBefore(now.minus(STALE_AFTER));
      reachableVoters += reachable ? 1 : 0;
      MemberInfo info = new MemberInfo(m.id, m.name, List.of("http://127.0.0.1:" + (2379 + 10 * m.id)),
          List.of("http://127.0.0.1:" + (2380 + 10 * m.id)), false);
      MemberStatus status = new MemberStatus("3.4.23", leaderId, term, 1000, 1000, m.dbSize, m.dbInUse, false,
          List.of());
      MemberTelemetry telemetry = new MemberTelemetry(m.metrics, null, readLatency, null, m.succeeded, m.failed, 0);
      views.add(new MemberView(info, reachable, reachable && m.id == leaderId, status, reachable ? 1.0 : null,
          reachable ? null : "connection refused", reachable ? ReadCheck.succeeded(1.0) : null, m.lastAnswer,
          info.clientUrls().get(0), telemetry));
    }
    int quorum = members.size() / 2 + 1;
    List<String> reasons = new ArrayList<>();
    if (leaderId == MemberIds.NONE) {
      reasons.add("no leader");
    }
    if (reachableVoters < quorum) {
      reasons.add("quorum lost: " + reachableVoters + "/" + members.size() + " members reachable");
    }
    Instant hourAgo = now.minus(Duration.ofHours(1));
    int changes = (int) leaderHistory.stream().filter(c -> c.at().isAfter(hourAgo)).count();
    return new ClusterView(now, true, reasons.isEmpty(), reasons, leaderId, members.size(), members.size(),
        reachableVoters, quorum, changes, leaderHistory, alarms, views,
        new ClusterTelemetry(readLatency, writeLatency, null, leaderHistory.size()));
  }
}
