package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.TestResult;
import io.etcdmonitor.coordinator.alerting.engine.AlertEvaluator;
import io.etcdmonitor.coordinator.alerting.engine.Silence;
import io.etcdmonitor.coordinator.alerting.engine.SilenceRequest;
import io.etcdmonitor.coordinator.http.json.AlertJson;
import io.etcdmonitor.coordinator.http.json.PastAlertJson;
import io.etcdmonitor.coordinator.http.json.SilenceJson;
import io.etcdmonitor.coordinator.http.json.TestResultJson;
import java.time.Clock;
import java.util.Optional;
import org.apache.pekko.http.javadsl.model.StatusCode;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;

/**
 * {@code /api/v1/alerts}: active alerts, their history, silences (create, list, expire) and a test notification
 * through one channel. Bodies are checked before anything changes; a refusal is a 400 with the reason.
 */
public final class AlertRoutes extends AllDirectives {
  static final String DELIVERY_FAILED = "delivery_failed";

  private final AlertSource alerts;
  private final Clock clock;

  public AlertRoutes(AlertSource alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  public Route route() {
    return pathPrefix(PathMatchers.segment("api").slash("v1").slash("alerts"), () -> concat(
        pathEnd(() -> get(() -> onSuccess(alerts.active(), a -> ok(AlertJson.Active.from(a))))),
        path("history", () -> get(() -> onSuccess(alerts.history(), h -> ok(PastAlertJson.History.from(h))))),
        path("test", () -> post(() -> parameterOptional("channel", this::test))),
        pathPrefix("silences", this::silences)));
  }

  private Route silences() {
    return concat(
        pathEnd(() -> concat(
            get(() -> onSuccess(alerts.silences(), list -> ok(new SilenceJson.Listing(
                list.stream().map(s -> SilenceJson.from(s, clock.instant())).toList())))),
            post(() -> entity(Unmarshaller.entityToString(), this::createSilence)))),
        path(PathMatchers.segment(), id -> delete(() -> expireSilence(id))));
  }

  private Route createSilence(String body) {
    SilenceRequest request;
    try {
      request = SilenceRequestParser.parse(body);
    } catch (IllegalArgumentException e) {
      return badRequest(e.getMessage());
    }
    return onSuccess(alerts.createSilence(request), (AlertEvaluator.SilenceCreated created) -> created.silence() == null
        ? badRequest(created.rejection())
        : complete(StatusCodes.CREATED, SilenceJson.from(created.silence(), clock.instant()), ApiJson.marshaller()));
  }

  private Route expireSilence(String id) {
    return onSuccess(alerts.expireSilence(id), (Optional<Silence> s) ->
        s.map(silence -> ok(SilenceJson.from(silence, clock.instant())))
            .orElseGet(() -> error(StatusCodes.NOT_FOUND, ApiErrors.NOT_FOUND, "no silence with id " + id)));
  }

  private Route test(Optional<String> channel) {
    return onSuccess(alerts.sendTest(channel.orElse("")), (TestResult result) -> {
      if (result instanceof TestResult.UnknownChannel unknown) {
        String known = "channels: " + String.join(", ", unknown.knownChannels());
        return channel.isEmpty() || channel.get().isBlank()
            ? badRequest("the channel query parameter is required, e.g. ?channel="
                + unknown.knownChannels().stream().findFirst().orElse("console") + "; " + known)
            : error(StatusCodes.NOT_FOUND, ApiErrors.NOT_FOUND, "no channel named '" + unknown.channel() + "'; "
                + known);
      }
      TestResult.Attempted attempted = (TestResult.Attempted) result;
      if (attempted.result() instanceof DeliveryResult.Delivered) {
        return ok(new TestResultJson(attempted.channel(), "delivered", attempted.result().reason()));
      }
      return error(StatusCodes.BAD_GATEWAY, DELIVERY_FAILED, attempted.result().reason());
    });
  }

  private Route ok(Object body) {
    return complete(StatusCodes.OK, body, ApiJson.marshaller());
  }

  private Route badRequest(String message) {
    return error(StatusCodes.BAD_REQUEST, ApiErrors.BAD_REQUEST, message);
  }

  private Route error(StatusCode status, String code, String message) {
    return complete(ApiErrors.response(status, code, message));
  }
}
