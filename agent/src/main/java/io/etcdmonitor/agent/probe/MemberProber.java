package io.etcdmonitor.agent.probe;

import io.etcdmonitor.agent.etcd.EtcdMemberClient;
import io.etcdmonitor.agent.etcd.GrpcErrors;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReadCheck;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * One probe of one member as a function: Status, then the timed linearizable read that {@code etcdctl
 * endpoint health} makes. The result is always a {@link ProbeResult}; failures are values, never exceptions.
 */
public final class MemberProber {
  /** The key etcdctl's health check reads; reading it needs no write and works under read-only auth roles. */
  static final byte[] HEALTH_KEY = "health".getBytes(StandardCharsets.UTF_8);

  private final Duration timeout;
  private final LongSupplier nanoClock;

  public MemberProber(Duration timeout, LongSupplier nanoClock) {
    this.timeout = timeout;
    this.nanoClock = nanoClock;
  }

  public CompletableFuture<ProbeResult> probe(EtcdMemberClient client) {
    long statusStart = nanoClock.getAsLong();
    CompletableFuture<ProbeResult> result = new CompletableFuture<>();
    client.status(timeout).whenComplete((status, statusError) -> {
      if (statusError != null) {
        result.complete(failure(statusError));
        return;
      }
      double statusMs = millisSince(statusStart);
      long readStart = nanoClock.getAsLong();
      client.linearizableRead(HEALTH_KEY, timeout).whenComplete((ignored, readError) -> {
        double readMs = millisSince(readStart);
        ReadCheck read = readError == null
            ? ReadCheck.succeeded(readMs)
            : ReadCheck.failed(readMs, describe(readError));
        result.complete(new ProbeResult.Reachable(status, statusMs, read));
      });
    });
    return result;
  }

  private ProbeResult failure(Throwable error) {
    if (GrpcErrors.isTimeout(error)) {
      return new ProbeResult.TimedOut(timeout.toMillis());
    }
    return new ProbeResult.Unreachable(GrpcErrors.describe(error));
  }

  private String describe(Throwable error) {
    return GrpcErrors.isTimeout(error) ? "timed out after " + timeout.toMillis() + " ms" : GrpcErrors.describe(error);
  }

  private double millisSince(long startNanos) {
    return (nanoClock.getAsLong() - startNanos) / 1_000_000.0;
  }
}
