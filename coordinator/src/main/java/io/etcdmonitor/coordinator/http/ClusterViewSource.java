package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.protocol.ClusterView;
import java.util.concurrent.CompletionStage;

/**
 * Where the routes get the current {@link ClusterView}, so they can be tested against fixed views and the
 * aggregator can change without touching them. A stage failed with {@link ClusterViewUnavailableException}
 * answers 503; any other failure answers 500.
 */
@FunctionalInterface
public interface ClusterViewSource {
  CompletionStage<ClusterView> current();
}
