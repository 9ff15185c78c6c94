package io.etcdmonitor.coordinator.http;

import org.apache.pekko.event.LoggingAdapter;
import org.apache.pekko.http.ParsingErrorHandler;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.scaladsl.model.ErrorInfo;
import org.apache.pekko.http.scaladsl.model.StatusCode;
import org.apache.pekko.http.scaladsl.settings.ServerSettings;

/**
 * Answers requests too malformed to reach routing (an illegal request target, oversized headers) with the API's
 * JSON error instead of Pekko's plain text. Pekko instantiates it by class name from the server settings.
 */
public final class JsonParsingErrorHandler extends ParsingErrorHandler {
  public JsonParsingErrorHandler() {}

  @Override
  public HttpResponse handle(StatusCode status, ErrorInfo info, LoggingAdapter log, ServerSettings settings) {
    log.debug("rejected an unparseable request: {}", info.formatPretty());
    return ApiErrors.response(status, ApiErrors.describe(info));
  }
}
