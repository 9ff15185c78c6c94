package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import io.etcdmonitor.protocol.CoordinatorMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.scaladsl.model.IllegalRequestException;
import org.apache.pekko.http.scaladsl.model.StatusCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ApiErrorTest {
  static ApiServer server;
  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeAll
  static void start() throws Exception {
    server = new ApiServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void captureLog() {
    log.start();
    ((Logger) LoggerFactory.getLogger(ErrorHandling.class)).addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    ((Logger) LoggerFactory.getLogger(ErrorHandling.class)).detachAppender(log);
  }

  static void assertError(ApiServer.Reply reply, int status, String code) throws Exception {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/json");
    JsonNode body = reply.json();
    assertThat(ClusterApiTest.fields(body)).containsExactly("error");
    assertThat(ClusterApiTest.fields(body.get("error"))).containsExactly("code", "message");
    assertThat(body.get("error").get("code").asText()).isEqualTo(code);
    assertThat(body.get("error").get("message").asText()).isNotBlank();
  }

  @Test
  void unknownPathIs404Json() throws Exception {
    ApiServer.Reply reply = server.get("/api/v1/cluster/nope");

    assertError(reply, 404, "not_found");
    assertThat(reply.json().get("error").get("message").asText()).isEqualTo("no resource at /api/v1/cluster/nope");
    assertError(server.get("/"), 404, "not_found");
    assertError(server.get("/health/extra"), 404, "not_found");
  }

  @Test
  void wrongMethodIs405JsonWithAllow() throws Exception {
    ApiServer.Reply reply = server.send("POST", "/health");

    assertError(reply, 405, "method_not_allowed");
    assertThat(reply.headers().firstValue("Allow")).hasValue("GET");
    assertThat(reply.json().get("error").get("message").asText())
        .isEqualTo("POST is not allowed on /health; allowed: GET");

    ApiServer.Reply delete = server.send("DELETE", "/api/v1/cluster/members");
    assertError(delete, 405, "method_not_allowed");
    assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void unparseableRequestIs400Json() throws Exception {
    String raw = rawExchange("GET /health%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400 Bad Request");
    assertThat(raw).containsIgnoringCase("content-type: application/json");
    JsonNode body = new ObjectMapper().readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
    assertThat(body.get("error").get("code").asText()).isEqualTo("bad_request");
    assertThat(body.get("error").get("message").asText()).startsWith("Illegal request-target: ");
    assertThat(body.get("error").get("message").asText()).doesNotContain("\n");
  }

  @Test
  void aggregatorSilenceIs503Unavailable() throws Exception {
    ActorRef<CoordinatorMessage> silent = server.testKit.spawn(Behaviors.ignore());
    server.serve(new AskingClusterViewSource(silent, Duration.ofMillis(200), server.testKit.scheduler()));

    ApiServer.Reply health = server.get("/health");
    ApiServer.Reply status = server.get("/api/v1/cluster/status");

    assertError(health, 503, "unavailable");
    assertThat(health.json().get("error").get("message").asText())
        .isEqualTo("the cluster view aggregator did not answer within 200 ms");
    assertError(status, 503, "unavailable");
  }

  @Test
  void failingSourceIs500WithoutDetails() throws Exception {
    server.serve(() -> CompletableFuture.failedFuture(new IllegalStateException("view corrupted at slot 42")));

    ApiServer.Reply reply = server.get("/api/v1/cluster/status");

    assertError(reply, 500, "internal");
    assertThat(reply.json().get("error").get("message").asText()).isEqualTo(ErrorHandling.INTERNAL_MESSAGE);
    assertThat(reply.body()).doesNotContain("slot 42", "IllegalStateException", "at io.", "\tat ");
    assertThat(log.list).anySatisfy(event -> {
      assertThat(event.getFormattedMessage()).isEqualTo("GET /api/v1/cluster/status failed");
      assertThat(event.getThrowableProxy().getMessage()).isEqualTo("view corrupted at slot 42");
    });
  }

  @Test
  void throwingSourceIs500WithoutDetails() throws Exception {
    server.serve(() -> {
      throw new IllegalArgumentException("bad member 7");
    });

    ApiServer.Reply reply = server.get("/health");

    assertError(reply, 500, "internal");
    assertThat(reply.body()).doesNotContain("bad member 7", "IllegalArgumentException");
  }

  @Test
  void illegalRequestKeepsItsClientErrorStatus() throws Exception {
    server.serve(() -> {
      throw IllegalRequestException.apply(StatusCodes.BadRequest(), "member ID 'xyz' is not hex");
    });

    ApiServer.Reply reply = server.get("/api/v1/cluster/members");

    assertError(reply, 400, "bad_request");
    assertThat(reply.json().get("error").get("message").asText())
        .isEqualTo("The request contains bad syntax or cannot be fulfilled: member ID 'xyz' is not hex");
  }

  @Test
  void requestTimeoutIs503Json() throws Exception {
    try (ApiServer slow = new ApiServer(ConfigFactory.parseString("pekko.http.server.request-timeout = 300ms"))) {
      slow.serve(CompletableFuture::new);

      ApiServer.Reply reply = slow.get("/api/v1/cluster/status");

      assertError(reply, 503, "unavailable");
      assertThat(reply.json().get("error").get("message").asText()).isEqualTo("the request took too long");
    }
  }

  private String rawExchange(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      return response.toString(StandardCharsets.UTF_8);
    }
  }
}
