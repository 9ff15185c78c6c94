package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.protocol.NetworkView;
import java.util.concurrent.CompletionStage;

/**
 * Where the reachability and partitions routes and {@code /metrics} get the matrices and verdicts, so they can
 * be tested against fixed ones. A stage failed with {@link ClusterViewUnavailableException} answers 503.
 */
@FunctionalInterface
public interface NetworkSource {
  CompletionStage<NetworkView> network();
}
