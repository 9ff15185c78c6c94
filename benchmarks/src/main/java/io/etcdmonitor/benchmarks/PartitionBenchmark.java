package io.etcdmonitor.benchmarks;

import io.etcdmonitor.coordinator.partition.PartitionClassifier;
import io.etcdmonitor.coordinator.partition.PartitionTopology;
import io.etcdmonitor.coordinator.partition.PeerMatrixBuilder;
import io.etcdmonitor.coordinator.partition.ReachabilityMatrixBuilder;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The coordinator's partition detection at scale: the cost of folding one probe report into both matrices,
 * and of one tick (render both matrices and classify them) for {@code vantages} agents probing 5 members.
 * "faults" adds a dead member, ten isolated vantages and fifty vantages with a broken link to one member, so
 * the tick also builds verdicts and their evidence.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PartitionBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-24T12:15:00Z");
  private static final int MEMBERS = 5;

  @Param({"1000"})
  public int vantages;

  @Param({"healthy", "faults"})
  public String situation;

  private ReachabilityMatrixBuilder reach;
  private PeerMatrixBuilder peers;
  private PartitionClassifier classifier;
  private PartitionTopology topology;
  private ProbeReport[] reports;
  private int next;

  @Setup
  public void prepare() {
    boolean faults = situation.equals("faults");
    List<MemberInfo> members = new ArrayList<>();
    Map<String, String> datacenters = new HashMap<>();
    for (int m = 1; m <= MEMBERS; m++) {
      members.add(new MemberInfo(m, "m" + m, List.of("http://10.0.0." + m + ":2379"),
          List.of("http://10.0.0." + m + ":2380"), false));
      datacenters.put("m" + m, "dc" + (m % 3));
    }
    reach = new ReachabilityMatrixBuilder(Duration.ofSeconds(4));
    peers = new PeerMatrixBuilder(Duration.ofSeconds(30), Duration.ofSeconds(4));
    reach.members(members);
    peers.members(members);
    classifier = new PartitionClassifier(PartitionClassifier.Settings.defaults());
    topology = PartitionTopology.of(members, datacenters);

    MemberStatus following = new MemberStatus("3.4.23", 1, 5, 1000, 1000, 20480, 16384, false, List.of());
    reports = new ProbeReport[vantages * MEMBERS];
    for (int v = 0; v < vantages; v++) {
      for (int m = 1; m <= MEMBERS; m++) {
        boolean fails = faults && (m == MEMBERS || v < 10 || (v < 60 && m == 2));
        ProbeResult result = fails ? new ProbeResult.TimedOut(1000)
            : new ProbeResult.Reachable(following, 0.8, ReadCheck.succeeded(0.5));
        reports[v * MEMBERS + m - 1] = new ProbeReport("agent-" + v, "dc" + (v % 3), m, "http://10.0.0." + m, NOW,
            result);
      }
    }
    for (ProbeReport r : reports) {
      reach.add(r, NOW);
      peers.add(r, NOW);
    }
    for (int m = 1; m <= (faults ? MEMBERS - 1 : MEMBERS); m++) {
      Map<String, MemberMetrics.Peer> links = new HashMap<>();
      for (int p = 1; p <= MEMBERS; p++) {
        if (p != m) {
          boolean down = faults && p == MEMBERS;
          links.put(Long.toHexString(p), new MemberMetrics.Peer(!down, down ? null : 0.0016, 1L, 0L,
              down ? 40L : 0L, 0L, 0L));
        }
      }
      peers.add(m, Metrics.withPeers(NOW, links), NOW);
    }
  }

  /** One probe report into both matrices: what the aggregator does per report. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public void addReport() {
    ProbeReport r = reports[next];
    next = next + 1 == reports.length ? 0 : next + 1;
    reach.add(r, NOW);
    peers.add(r, NOW);
  }

  /** One tick: both matrices rendered and classified, sampled for percentiles. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<PartitionVerdict> tick() {
    return classifier.classify(reach.matrix(NOW), peers.matrix(NOW), topology, NOW);
  }
}
