package io.etcdmonitor.coordinator.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertStoreTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  @TempDir Path dataDir;

  private static AlertStore.Snapshot snapshot() {
    Silences silences = new Silences(List.of());
    silences.create(new SilenceRequest(List.of(new Matcher("member", "etcd[12]", true, true),
        new Matcher("severity", "critical", false, false)), null, null, Duration.ofHours(2), "ops", "upgrade"), NOW);
    Alert alert = Alert.firing("etcdAlarmActive", Alert.Severity.CRITICAL,
        Map.of("alarm", "NOSPACE", "member", "etcd1", "cluster", "etcd"),
        Map.of(Alert.SUMMARY, "etcd alarm NOSPACE on member etcd1", Alert.RUNBOOK_HINT, "compact\ndefrag"),
        List.of("etcd1"), NOW.minusSeconds(30));
    NotificationLog log = new NotificationLog(List.of());
    log.record(alert, NOW.minusSeconds(29));
    log.record(alert.resolved(NOW), NOW);
    return new AlertStore.Snapshot(silences.all(), log.entries());
  }

  @Test
  void silencesAndTheLogSurviveAReopen() throws Exception {
    AlertStore.Snapshot saved = snapshot();
    try (AlertStore store = AlertStore.open(dataDir)) {
      store.save(saved);
    }

    try (AlertStore store = AlertStore.open(dataDir)) {
      assertThat(store.loadSilences().all()).isEqualTo(saved.silences());
      assertThat(store.loadLog().entries()).isEqualTo(saved.entries());
    }
    try (var files = Files.list(dataDir.resolve("alerting"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("silences.json", "notification-log.json");
    }
  }

  @Test
  void aCorruptFileIsSetAsideWithAWarningAndTheMonitorStartsWithout() throws Exception {
    Files.createDirectories(dataDir.resolve("alerting"));
    Files.writeString(dataDir.resolve("alerting/silences.json"), "{\"version\":1,\"silences\":[{\"id\":");
    try (LogCapture logs = LogCapture.start(); AlertStore store = AlertStore.open(dataDir)) {
      assertThat(store.loadSilences().all()).isEmpty();
      assertThat(store.loadLog().entries()).isEmpty();
      assertThat(logs.lines(Level.WARN)).anySatisfy(m -> assertThat(m)
          .contains("silences.json cannot be read", "starting without it", ".corrupt-"));
    }
    try (var files = Files.list(dataDir.resolve("alerting"))) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("silences.json.corrupt-"));
    }
  }

  @Test
  void anEntryThatNoLongerValidatesIsSkippedAndTheRestKept() throws Exception {
    Files.createDirectories(dataDir.resolve("alerting"));
    Files.writeString(dataDir.resolve("alerting/silences.json"), """
        {"version":1,"silences":[
          {"id":"a","matchers":[{"name":"member","value":"etcd[","isRegex":true,"isEqual":true}],
           "startsAt":"2026-11-24T12:00:00Z","endsAt":"2026-11-24T14:00:00Z"},
          {"id":"b","matchers":[{"name":"member","value":"etcd2","isRegex":false,"isEqual":true}],
           "startsAt":"2026-11-24T12:00:00Z","endsAt":"2026-11-24T14:00:00Z"}]}""");
    try (AlertStore store = AlertStore.open(dataDir)) {
      assertThat(store.loadSilences().all()).extracting(Silence::id).containsExactly("b");
    }
  }

  @Test
  void aDataDirThatCannotBeCreatedIsAClearError() throws Exception {
    Path file = Files.writeString(dataDir.resolve("not-a-dir"), "x");

    AlertStore.StoreException e = catchThrowableOfType(AlertStore.StoreException.class,
        () -> AlertStore.open(file.resolve("data")));

    assertThat(e).hasMessageContaining("data_dir " + file.resolve("data")).hasMessageContaining("cannot create");
  }
}
