package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.http.json.ErrorResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCode;
import org.apache.pekko.http.scaladsl.model.ErrorInfo;

/**
 * Builds the JSON error responses, including those made outside routing (unparseable requests, request
 * timeouts), so every error a client sees has the same shape and a code it can branch on.
 */
public final class ApiErrors {
  public static final String NOT_FOUND = "not_found";
  public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
  public static final String BAD_REQUEST = "bad_request";
  public static final String UNAVAILABLE = "unavailable";
  public static final String INTERNAL = "internal";
  public static final String NO_LEADER = "no_leader";

  private static final Map<Integer, String> CODES = Map.of(
      400, BAD_REQUEST,
      404, NOT_FOUND,
      405, METHOD_NOT_ALLOWED,
      500, INTERNAL,
      503, UNAVAILABLE);

  private ApiErrors() {}

  public static HttpResponse response(StatusCode status, String code, String message, HttpHeader... headers) {
    return HttpResponse.create()
        .withStatus(status)
        .addHeaders(List.of(headers))
        .withEntity(ContentTypes.APPLICATION_JSON, ApiJson.bytes(ErrorResponse.of(code, message)));
  }

  /** An error whose code follows from its status: {@code not_found}, {@code bad_request}, {@code payload_too_large}. */
  public static HttpResponse response(StatusCode status, String message) {
    return response(status, codeFor(status), message);
  }

  /** One line for a client: Pekko's summary, then the first line of the detail, when there is one. */
  static String describe(ErrorInfo info) {
    String summary = info.summary().strip().replaceFirst("\\.$", "");
    String detail = info.detail().lines().findFirst().orElse("").strip();
    if (detail.isEmpty()) {
      return summary;
    }
    return summary.isEmpty() ? detail : summary + ": " + detail;
  }

  static String codeFor(StatusCode status) {
    String known = CODES.get(status.intValue());
    if (known != null) {
      return known;
    }
    return status.reason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
