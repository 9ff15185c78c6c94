package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.alerting.TestResult;
import io.etcdmonitor.coordinator.alerting.engine.ActiveAlert;
import io.etcdmonitor.coordinator.alerting.engine.AlertEvaluator;
import io.etcdmonitor.coordinator.alerting.engine.PastAlert;
import io.etcdmonitor.coordinator.alerting.engine.Silence;
import io.etcdmonitor.coordinator.alerting.engine.SilenceRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Alerting with nothing to report and no channel, for API tests about other routes. */
final class StubAlertSource implements AlertSource {
  @Override
  public CompletionStage<List<ActiveAlert>> active() {
    return CompletableFuture.completedFuture(List.of());
  }

  @Override
  public CompletionStage<List<PastAlert>> history() {
    return CompletableFuture.completedFuture(List.of());
  }

  @Override
  public CompletionStage<List<Silence>> silences() {
    return CompletableFuture.completedFuture(List.of());
  }

  @Override
  public CompletionStage<AlertEvaluator.SilenceCreated> createSilence(SilenceRequest request) {
    return CompletableFuture.completedFuture(new AlertEvaluator.SilenceCreated(null, "no alerting in this test"));
  }

  @Override
  public CompletionStage<Optional<Silence>> expireSilence(String id) {
    return CompletableFuture.completedFuture(Optional.empty());
  }

  @Override
  public CompletionStage<TestResult> sendTest(String channel) {
    return CompletableFuture.completedFuture(new TestResult.UnknownChannel(channel, List.of()));
  }
}
