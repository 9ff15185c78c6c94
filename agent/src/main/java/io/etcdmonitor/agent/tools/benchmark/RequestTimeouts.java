package io.etcdmonitor.agent.tools.benchmark;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fails a request that stays unanswered too long, so a hung member cannot hang the benchmark. The request is
 * cancelled and the failure says how long it waited; timers of answered requests are removed at once.
 */
final class RequestTimeouts {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private RequestTimeouts() {}

  static <T> CompletableFuture<T> within(Duration timeout, CompletableFuture<T> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    ScheduledFuture<?> timer = TIMER.schedule(() -> {
      String message = "request timed out after " + GoDurations.format(timeout);
      if (result.completeExceptionally(new TimeoutException(message))) {
        request.cancel(true);
      }
    }, timeout.toNanos(), TimeUnit.NANOSECONDS);
    request.whenComplete((value, error) -> {
      timer.cancel(false);
      if (error == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(error);
      }
    });
    return result;
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "etcd-monitor-benchmark-timeouts");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
