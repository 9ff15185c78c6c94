package io.etcdmonitor.coordinator.alerting.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.alerting.Alerts;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver.Reply;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every HTTP channel must do, checked against a real local receiver: the shared status-code decisions, and
 * no secret in any result, exception or log line, whatever goes wrong.
 */
public abstract class HttpChannelContract {
  // Generous: a cold HTTP client on a busy 2-core CI machine can take over a second for its first exchange.
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static ActorTestKit testKit;

  /**
   * The channel under test aimed at {@code baseUrl} (scheme, host and port), with {@link #secrets()} configured.
   */
  protected abstract NotificationChannel channel(String baseUrl, HttpDelivery http);

  /** Every secret the channel is configured with; none may leak. */
  protected abstract List<String> secrets();

  @BeforeAll
  static void startActors() {
    testKit = ActorTestKit.create();
  }

  @AfterAll
  static void stopActors() {
    testKit.shutdownTestKit();
  }

  static Stream<Arguments> statusTable() {
    return Stream.of(
        Arguments.of(200, DeliveryResult.Delivered.class),
        Arguments.of(202, DeliveryResult.Delivered.class),
        Arguments.of(204, DeliveryResult.Delivered.class),
        Arguments.of(301, DeliveryResult.Permanent.class),
        Arguments.of(400, DeliveryResult.Permanent.class),
        Arguments.of(401, DeliveryResult.Permanent.class),
        Arguments.of(403, DeliveryResult.Permanent.class),
        Arguments.of(404, DeliveryResult.Permanent.class),
        Arguments.of(408, DeliveryResult.Retryable.class),
        Arguments.of(413, DeliveryResult.Permanent.class),
        Arguments.of(422, DeliveryResult.Permanent.class),
        Arguments.of(429, DeliveryResult.Retryable.class),
        Arguments.of(500, DeliveryResult.Retryable.class),
        Arguments.of(502, DeliveryResult.Retryable.class),
        Arguments.of(503, DeliveryResult.Retryable.class),
        Arguments.of(504, DeliveryResult.Retryable.class));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("statusTable")
  void statusCodeDecidesTheResult(int status, Class<? extends DeliveryResult> expected) throws Exception {
    try (HttpReceiver receiver = HttpReceiver.answering(status)) {
      DeliveryResult result = send(receiver.url(""));
      assertThat(result).isInstanceOf(expected);
      assertThat(receiver.requests()).isNotEmpty();
    }
  }

  @Test
  void retryAfterInSecondsIsPassedOn() throws Exception {
    try (HttpReceiver receiver = HttpReceiver.start((i, r) -> new Reply(429, Map.of("Retry-After", "7")))) {
      assertThat(send(receiver.url(""))).isEqualTo(
          new DeliveryResult.Retryable("HTTP 429 from " + channel(receiver.url(""), http()).describe(),
              Duration.ofSeconds(7)));
    }
  }

  /** The ways a delivery can fail without a helpful answer. */
  enum Failure { CONNECTION_REFUSED, HTTP_500, HTTP_404, NO_ANSWER }

  @ParameterizedTest
  @EnumSource(Failure.class)
  void noSecretInResultsExceptionsOrLogs(Failure failure) throws Exception {
    Reply reply = switch (failure) {
      case HTTP_500 -> Reply.status(500);
      case HTTP_404 -> Reply.status(404);
      case NO_ANSWER -> Reply.NEVER;
      case CONNECTION_REFUSED -> Reply.status(200);
    };
    try (HttpReceiver receiver = HttpReceiver.start((i, r) -> reply)) {
      String base = failure == Failure.CONNECTION_REFUSED ? "http://127.0.0.1:" + closedPort() : receiver.url("");
      SecretLeakKit.assertFailsWithoutLeaking(testKit, channel(base, http()), secrets());
    }
  }

  private DeliveryResult send(String baseUrl) throws Exception {
    Notification n = Alerts.notification(Alerts.noLeader("m1", "m2"));
    return channel(baseUrl, http()).send(n).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  protected static HttpDelivery http() {
    return new HttpDelivery(HttpDelivery.newClient(REQUEST_TIMEOUT), REQUEST_TIMEOUT, Clock.systemUTC());
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
