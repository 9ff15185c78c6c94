package io.etcdmonitor.benchmarks;

import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.protocol.ClusterTelemetry;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.HistogramCounts;
import io.etcdmonitor.protocol.LatencySummary;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberTelemetry;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.NetworkView;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import io.etcdmonitor.protocol.ReadCheck;
import io.prometheus.client.CollectorRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders etcd-monitor's own /metrics for a cluster view of 3 or 100 members with every figure present, probed
 * from three vantages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExpositionBenchmark {
  @Param({"3", "100"})
  int members;

  private ClusterView view;
  private NetworkView network;
  private final Exposition exposition = new Exposition(new CollectorRegistry());

  @Setup
  public void setUp() {
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    Duration window = Duration.ofMinutes(5);
    List<MemberView> views = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<ReachabilityCell> cells = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      MemberInfo info = new MemberInfo(0x1000L + i, "member-" + i, List.of("http://10.0.0." + i + ":2379"),
          List.of("http://10.0.0." + i + ":2380"), false);
      names.add(info.name());
      cells.add(new ReachabilityCell.Reachable(1.2, now));
      MemberMetrics metrics = new MemberMetrics(now, Duration.ofSeconds(10), "3.4.23", 0,
          new MemberMetrics.Raft(15234L, 12.5, 15230L, 12.4, 4L, 2L, 0.0, 3L, 0L, true, i == 0, false, 0L, 0L, 0L,
              0L, 0L, 0L),
          new MemberMetrics.Disk(0.0012, 0.0081, 125L, 0.0021, 0.0145, 60L),
          new MemberMetrics.Storage(10_485_760L, 8_388_608L, 2_147_483_648L),
          new MemberMetrics.Watches(7L, 3L, 0L),
          new MemberMetrics.Grpc(5000L, 4990L, 10L, 12L, 900L, 9L, 0.01, 1_000_000L, 2_000_000L, 1000.0, 2000.0),
          new MemberMetrics.Process(52_428_800L, 12.5, 0.02, 40L, 1024L, 38L, 1024L),
          Map.of());
      MemberTelemetry telemetry = new MemberTelemetry(metrics, null,
          new LatencySummary(300, 0.512, 1.5, 5.8, 9.1, window),
          new HistogramCounts(List.of(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
              List.of(10L, 100L, 200L, 250L, 280L, 290L, 295L, 298L, 299L, 300L, 300L, 300L, 300L), 0.45, 300),
          300, 2, 1);
      views.add(new MemberView(info, true, i == 0,
          new MemberStatus("3.4.23", 0x1000L, 7, 1234, 1233, 20480, 16384, false, List.of()), 1.2, null,
          ReadCheck.succeeded(0.6), now, info.clientUrls().get(0), telemetry));
    }
    view = new ClusterView(now, true, true, List.of(), 0x1000L, members, members, members, members / 2 + 1, 0,
        List.of(), List.of(), views, new ClusterTelemetry(new LatencySummary(900, 0.6, 1.6, 5.9, 9.1, window),
            new LatencySummary(300, 2.1, 4.5, 8.2, 12.0, window), null, 2));
    List<ReachabilityMatrix.Row> rows = new ArrayList<>();
    for (String vantage : List.of("host-a", "host-b", "host-c")) {
      rows.add(new ReachabilityMatrix.Row(vantage, "dc1", now, cells));
    }
    network = new NetworkView(new ReachabilityMatrix(now, names, rows), PeerMatrix.empty(now), List.of(), List.of());
  }

  @Benchmark
  public String render() {
    return exposition.render(view, network);
  }
}
