package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  @Test
  void keysArePrefixPlusTheKeyNumberPaddedToTheKeySize() throws Exception {
    Workload workload = new Workload(BenchmarkOptionsParser.parse(Map.of("prefix", "/b/", "key-size", "6")),
        new InMemoryEtcd());

    assertThat(text(workload.key(0))).isEqualTo("/b/000000");
    assertThat(text(workload.key(42))).isEqualTo("/b/000042");
    assertThat(text(workload.key(999_999))).isEqualTo("/b/999999");
  }

  @Test
  void aProfileKeyIs256BytesAfterThePrefixAndItsValue1KiB() throws Exception {
    InMemoryEtcd etcd = new InMemoryEtcd();
    Workload workload = new Workload(BenchmarkOptionsParser.parse(Map.of("prefix", "/b/", "profile", "l")), etcd);

    workload.next(0).join();

    assertThat(etcd.under("/b/")).hasSize(1).allSatisfy((key, value) -> {
      assertThat(key).hasSize(3 + 256);
      assertThat(value).hasSize(1024);
    });
  }

  private static String text(byte[] key) {
    return new String(key, StandardCharsets.UTF_8);
  }
}
