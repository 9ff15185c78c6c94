package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.alerting.TestResult;
import io.etcdmonitor.coordinator.alerting.engine.ActiveAlert;
import io.etcdmonitor.coordinator.alerting.engine.AlertEvaluator;
import io.etcdmonitor.coordinator.alerting.engine.PastAlert;
import io.etcdmonitor.coordinator.alerting.engine.Silence;
import io.etcdmonitor.coordinator.alerting.engine.SilenceRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What the alert routes need from alerting, so they can be tested against a real evaluator or a fixed answer. A
 * stage failed with {@link AlertsUnavailableException} answers 503.
 */
public interface AlertSource {
  CompletionStage<List<ActiveAlert>> active();

  CompletionStage<List<PastAlert>> history();

  CompletionStage<List<Silence>> silences();

  CompletionStage<AlertEvaluator.SilenceCreated> createSilence(SilenceRequest request);

  /** Empty when no silence has that id. */
  CompletionStage<Optional<Silence>> expireSilence(String id);

  CompletionStage<TestResult> sendTest(String channel);
}
