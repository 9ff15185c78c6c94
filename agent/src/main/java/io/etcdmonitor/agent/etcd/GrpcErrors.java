package io.etcdmonitor.agent.etcd;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Turns gRPC failures into one short phrase an operator can act on, without stack traces. */
public final class GrpcErrors {
  private GrpcErrors() {}

  /** True when the failure means "no answer in time" rather than "refused" or "broken". */
  public static boolean isTimeout(Throwable t) {
    Throwable c = unwrap(t);
    if (c instanceof TimeoutException) {
      return true;
    }
    Status s = statusOf(c);
    return s != null && s.getCode() == Status.Code.DEADLINE_EXCEEDED;
  }

  /** A one-line description of the failure. */
  public static String describe(Throwable t) {
    Throwable c = unwrap(t);
    Status s = statusOf(c);
    if (s == null) {
      return message(c);
    }
    if (s.getCode() == Status.Code.DEADLINE_EXCEEDED) {
      return "deadline exceeded";
    }
    Throwable cause = s.getCause();
    String detail = s.getDescription();
    if (cause != null) {
      Throwable root = cause;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      detail = message(root);
    }
    String code = s.getCode().name().toLowerCase(java.util.Locale.ROOT);
    return detail == null || detail.isBlank() ? code : code + ": " + withoutInternals(detail);
  }

  /** gRPC appends its channel internals ({@code for [NettyClientHandler#0, ...]}); an operator needs none of it. */
  static String withoutInternals(String detail) {
    int internals = detail.indexOf(" for [");
    return internals > 0 ? detail.substring(0, internals) : detail;
  }

  static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  private static Status statusOf(Throwable t) {
    if (t instanceof StatusRuntimeException e) {
      return e.getStatus();
    }
    if (t instanceof StatusException e) {
      return e.getStatus();
    }
    return null;
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    String simple = t.getClass().getSimpleName();
    if (m == null || m.isBlank()) {
      return simple;
    }
    // Netty prefixes refused connections with the native call name; keep the human part.
    int colon = m.lastIndexOf(": ");
    if (colon >= 0 && (m.startsWith("finishConnect(..) failed") || m.startsWith("connect(..) failed"))) {
      return m.substring(colon + 2);
    }
    return m;
  }
}
