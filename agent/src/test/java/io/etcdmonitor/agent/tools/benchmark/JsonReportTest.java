package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void oneObjectWithTheTextReportsFiguresInCamelCase() throws Exception {
    JsonNode json = MAPPER.readTree(JsonReport.render(Results.seedExample()));

    assertThat(fieldNames(json)).containsExactly("type", "durationSeconds", "totalOperations", "successful", "failed",
        "throughputOpsPerSec", "latencyMs", "latencyDistribution", "errors", "openLoop", "seededKeys", "warmupOps",
        "prefix", "cleanup", "settings", "checkPerf");
    assertThat(json.get("type").asText()).isEqualTo("write");
    assertThat(json.get("durationSeconds").decimalValue()).isEqualByComparingTo("5.234");
    assertThat(json.get("totalOperations").asLong()).isEqualTo(10_000);
    assertThat(json.get("successful").asLong()).isEqualTo(10_000);
    assertThat(json.get("failed").asLong()).isZero();
    assertThat(json.get("throughputOpsPerSec").decimalValue()).isEqualByComparingTo("1910.45");
    assertThat(fieldNames(json.get("latencyMs")))
        .containsExactly("average", "p50", "p95", "p99", "p999", "min", "max", "stddev");
    assertThat(json.at("/latencyMs/p99").decimalValue()).isEqualByComparingTo("12.34");
    assertThat(json.at("/latencyMs/max").decimalValue()).isEqualByComparingTo("45.67");
    assertThat(json.get("latencyDistribution")).hasSize(7);
    assertThat(json.at("/latencyDistribution/1/range").asText()).isEqualTo("1-5ms");
    assertThat(json.at("/latencyDistribution/1/count").asLong()).isEqualTo(7823);
    assertThat(json.at("/latencyDistribution/1/percent").decimalValue()).isEqualByComparingTo("78.23");
    assertThat(json.get("errors")).isEmpty();
    assertThat(json.get("openLoop").isNull()).isTrue();
    assertThat(json.get("checkPerf").isNull()).isTrue();
    assertThat(json.at("/cleanup/status").asText()).isEqualTo("deleted");
    assertThat(json.at("/cleanup/keys").asLong()).isEqualTo(10_000);
    assertThat(json.at("/settings/clients").asInt()).isEqualTo(16);
    assertThat(json.at("/settings/readRatio").isNull()).isTrue();
    assertThat(json.at("/settings/warmupSeconds").decimalValue()).isEqualByComparingTo("2");
  }

  @Test
  void anOpenLoopProfileRunCarriesBothLatenciesTheErrorsAndTheVerdict() throws Exception {
    LatencyStats corrected = Results.stats(3, 2, 5, 9.5, 20, 1, 30, 2, 0, 100, 0, 0, 0, 0, 0);
    LatencyStats uncorrected = Results.stats(2, 2, 4, 7, 15, 1, 25, 1, 0, 100, 0, 0, 0, 0, 0);
    BenchmarkResult result = new BenchmarkResult(Results.options(BenchmarkType.WRITE, 150, PerfProfile.S),
        Duration.ofSeconds(1), 101, 100, 1, 7, corrected, uncorrected, Map.of("etcdserver: too many requests", 1L),
        0, 0, new Cleanup.Failed("deadline exceeded"));

    JsonNode json = MAPPER.readTree(JsonReport.render(result));

    assertThat(json.at("/openLoop/targetRate").decimalValue()).isEqualByComparingTo("150");
    assertThat(json.at("/openLoop/notSent").asLong()).isEqualTo(7);
    assertThat(json.at("/openLoop/correctedLatencyMs/p99").decimalValue()).isEqualByComparingTo("9.5");
    assertThat(json.at("/openLoop/uncorrectedLatencyMs/p99").decimalValue()).isEqualByComparingTo("7");
    assertThat(json.at("/errors/0/message").asText()).isEqualTo("etcdserver: too many requests");
    assertThat(json.at("/errors/0/count").asLong()).isEqualTo(1);
    assertThat(json.at("/cleanup/status").asText()).isEqualTo("failed");
    assertThat(json.at("/cleanup/message").asText()).isEqualTo("deadline exceeded");
    assertThat(json.at("/checkPerf/load").asText()).isEqualTo("s");
    assertThat(json.at("/checkPerf/passed").asBoolean()).isFalse();
    assertThat(json.at("/checkPerf/slowestSeconds").decimalValue()).isEqualByComparingTo("0.025");
    assertThat(json.at("/checkPerf/correctedP99Seconds").decimalValue()).isEqualByComparingTo("0.0095");
    assertThat(json.at("/checkPerf/lines/0").asText()).isEqualTo("FAIL: too many errors");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
