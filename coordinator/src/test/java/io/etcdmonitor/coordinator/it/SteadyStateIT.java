package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A healthy cluster under normal write load must produce no notification at all: about 100 puts per second (1 KiB
 * values over 1,000 keys, with reads), compacted every 5 minutes to the revision of 5 minutes before, as the
 * Kubernetes API server does (without compaction the database really does grow towards its quota, and the growth
 * alert rightly says so). 60 s here; {@code scripts/steady-run.sh} runs the same for 30 minutes
 * ({@code -Detcdmonitor.steady.seconds=1800}). Prints what it saw, including alerts that only went pending.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class SteadyStateIT {
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("etcdmonitor.steady.seconds", 60));
  private static final long PUTS_PER_SECOND = 100;
  private static final Duration COMPACT_EVERY = Duration.ofMinutes(5);

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  @TempDir static Path dir;
  private static PagedMonitor paged;

  @BeforeAll
  static void start() throws Exception {
    paged = PagedMonitor.start(etcd, dir);
  }

  @AfterAll
  static void stop() {
    if (paged != null) {
      paged.close();
    }
  }

  @Test
  void normalWriteLoadRaisesNoAlert() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong puts = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    Map<String, String> seen = new LinkedHashMap<>();
    try (Client client = Client.builder().endpoints(etcd.clientEndpoints().toArray(String[]::new)).build()) {
      Thread writer = new Thread(() -> write(client, running, puts, failures), "steady-writer");
      writer.start();
      long end = System.nanoTime() + RUN.toNanos();
      while (System.nanoTime() < end) {
        for (JsonNode a : paged.api().json("/api/v1/alerts").get("alerts")) {
          seen.putIfAbsent(a.get("name").asText() + " " + a.get("state").asText(),
              a.get("annotations").get("summary").asText());
        }
        TimeUnit.SECONDS.sleep(5);
      }
      running.set(false);
      writer.join(10_000);
    }

    long notifications = paged.receivers.webhook.requests().size();
    System.out.printf("steady state %d s: %d puts (%d failed), database %s bytes; %d notifications (webhook %d,"
            + " slack %d, mail %d); alerts seen in the API: %s%n", RUN.toSeconds(), puts.get(), failures.get(),
        paged.api().json("/api/v1/metrics/current").get("dbSize").asText(), notifications,
        paged.receivers.webhook.requests().size(), paged.receivers.slack.requests().size(), paged.receivers.mailSubjects().size(),
        seen.isEmpty() ? "none" : seen.toString());
    paged.receivers.webhookPayloads().forEach(p -> p.body().get("alerts").forEach(a -> System.out.printf(
        "notified %s %s: %s%n", a.get("status").asText(), a.get("labels").get("alertname").asText(),
        a.get("annotations").get("description").asText())));
    assertThat(puts.get()).as("the load ran").isGreaterThan(RUN.toSeconds() * PUTS_PER_SECOND / 2);
    assertThat(paged.receivers.webhook.requests()).as("notifications at the webhook").isEmpty();
    assertThat(paged.receivers.slack.requests()).isEmpty();
    assertThat(paged.receivers.mailSubjects()).isEmpty();
    assertThat(seen.keySet()).as("no alert fired").noneMatch(s -> s.endsWith(" firing"));
  }

  /** About 100 puts per second at a steady pace, with a read every tenth and a compaction every 5 minutes. */
  private static void write(Client client, AtomicBoolean running, AtomicLong puts, AtomicLong failures) {
    ByteSequence value = ByteSequence.from("v".repeat(1024), StandardCharsets.UTF_8);
    long intervalNanos = TimeUnit.SECONDS.toNanos(1) / PUTS_PER_SECOND;
    long next = System.nanoTime();
    long nextCompaction = next + COMPACT_EVERY.toNanos();
    long revision = 0;
    long compactTo = 0;
    long i = 0;
    while (running.get()) {
      ByteSequence key = ByteSequence.from("/steady/key-" + (i % 1000), StandardCharsets.UTF_8);
      try {
        revision = client.getKVClient().put(key, value).get(5, TimeUnit.SECONDS).getHeader().getRevision();
        if (i % 10 == 0) {
          client.getKVClient().get(key).get(5, TimeUnit.SECONDS);
        }
        puts.incrementAndGet();
        if (System.nanoTime() >= nextCompaction) {
          if (compactTo > 0) {
            client.getKVClient().compact(compactTo).get(30, TimeUnit.SECONDS);
          }
          compactTo = revision;
          nextCompaction += COMPACT_EVERY.toNanos();
        }
      } catch (Exception e) {
        failures.incrementAndGet();
      }
      i++;
      next += intervalNanos;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
