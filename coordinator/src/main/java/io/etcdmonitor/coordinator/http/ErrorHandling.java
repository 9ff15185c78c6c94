package io.etcdmonitor.coordinator.http;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntity;
import org.apache.pekko.http.javadsl.model.HttpMethod;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.Allow;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.MethodRejection;
import org.apache.pekko.http.javadsl.server.RejectionHandler;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.scaladsl.model.IllegalRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals routes so that every rejection, exception and request timeout becomes the API's JSON error with the right
 * status. Details of unexpected failures go to the log only; a response never carries a stack trace.
 */
public final class ErrorHandling extends AllDirectives {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
  static final String INTERNAL_MESSAGE = "internal error; the coordinator log has the details";

  private final RejectionHandler rejections = RejectionHandler.newBuilder()
      .handleAll(MethodRejection.class, this::methodNotAllowed)
      .handleNotFound(extractUri(uri -> complete(
          ApiErrors.response(StatusCodes.NOT_FOUND, ApiErrors.NOT_FOUND, "no resource at " + uri.path()))))
      .build()
      .withFallback(RejectionHandler.defaultHandler())
      .mapRejectionResponse(ErrorHandling::asJson);

  private final ExceptionHandler exceptions = ExceptionHandler.newBuilder()
      .matchAny(this::failed)
      .build();

  private ErrorHandling() {}

  /** Wraps {@code routes} so that nothing but the API's JSON errors can leave them. */
  public static Route seal(Route routes) {
    return new ErrorHandling().sealed(routes);
  }

  private Route sealed(Route routes) {
    return withRequestTimeoutResponse(request -> ApiErrors.response(StatusCodes.SERVICE_UNAVAILABLE,
            ApiErrors.UNAVAILABLE, "the request took too long"),
        () -> handleExceptions(exceptions, () -> handleRejections(rejections, () -> routes)));
  }

  private Route methodNotAllowed(List<MethodRejection> rejected) {
    HttpMethod[] allowed = rejected.stream().map(MethodRejection::supported).distinct().toArray(HttpMethod[]::new);
    String names = rejected.stream().map(r -> r.supported().name()).distinct().collect(Collectors.joining(", "));
    return extractRequest(request -> complete(ApiErrors.response(StatusCodes.METHOD_NOT_ALLOWED,
        ApiErrors.METHOD_NOT_ALLOWED,
        request.method().name() + " is not allowed on " + request.getUri().path() + "; allowed: " + names,
        Allow.create(allowed))));
  }

  private Route failed(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof ClusterViewUnavailableException || cause instanceof AlertsUnavailableException) {
      LOG.warn("answering 503: {}", cause.getMessage());
      return complete(ApiErrors.response(StatusCodes.SERVICE_UNAVAILABLE, ApiErrors.UNAVAILABLE, cause.getMessage()));
    }
    if (cause instanceof IllegalRequestException illegal) {
      return complete(ApiErrors.response(illegal.status(), ApiErrors.describe(illegal.info())));
    }
    return extractRequest(request -> {
      LOG.error("{} {} failed", request.method().name(), request.getUri().path(), cause);
      return complete(ApiErrors.response(StatusCodes.INTERNAL_SERVER_ERROR, ApiErrors.INTERNAL, INTERNAL_MESSAGE));
    });
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** Pekko's default rejection answers are plain text; keep their status, headers and message, as JSON. */
  private static HttpResponse asJson(HttpResponse response) {
    if (response.entity().getContentType().equals(ContentTypes.APPLICATION_JSON)) {
      return response;
    }
    String message = response.entity() instanceof HttpEntity.Strict strict && !strict.isKnownEmpty()
        ? strict.getData().utf8String()
        : response.status().reason();
    return ApiErrors.response(response.status(), message).addHeaders(response.getHeaders());
  }
}
