package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.benchmark.PeriodicBenchmark;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * {@code GET /api/v1/benchmark/latest}: the latest periodic benchmark, or 404 saying why there is none (off, or
 * not run yet and when it will).
 */
public final class BenchmarkRoutes extends AllDirectives {
  private final PeriodicBenchmark.LatestBenchmark latest;

  /** @param latest the periodic benchmark's results, or null when it is off */
  public BenchmarkRoutes(PeriodicBenchmark.LatestBenchmark latest) {
    this.latest = latest;
  }

  public Route route() {
    return path(PathMatchers.segment("api").slash("v1").slash("benchmark").slash("latest"), () -> get(() -> {
      if (latest == null) {
        return complete(ApiErrors.response(StatusCodes.NOT_FOUND, "benchmark_disabled",
            "the periodic benchmark is off; turn it on with benchmark.enabled: true or --benchmark-enabled"));
      }
      if (latest.summary() == null) {
        String why = latest.lastError() != null ? "its last run failed (" + latest.lastError() + ")"
            : "it has not run yet";
        return complete(ApiErrors.response(StatusCodes.NOT_FOUND, "benchmark_not_run",
            "no periodic benchmark result: " + why + "; next run at " + latest.nextRunAt()));
      }
      return complete(StatusCodes.OK, latest.summary(), ApiJson.marshaller());
    }));
  }
}
