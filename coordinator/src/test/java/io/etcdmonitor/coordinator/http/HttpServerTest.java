package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.protocol.AgentList;
import io.prometheus.client.CollectorRegistry;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HttpServerTest {
  static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void portInUseFailsWithOneClearLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      ApiRoutes routes = new ApiRoutes(() -> CompletableFuture.completedFuture(Views.healthy()),
          () -> CompletableFuture.completedFuture(new AgentList(Instant.EPOCH, List.of())),
          () -> CompletableFuture.completedFuture(Views.noNetwork()), new Exposition(new CollectorRegistry()),
          new AlertRoutes(new StubAlertSource(), Clock.systemUTC()).route());

      CompletableFuture<?> bound = HttpServer.start(testKit.system(), "127.0.0.1", port, routes.route())
          .toCompletableFuture();

      assertThatThrownBy(() -> bound.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(CannotListenException.class)
          .hasMessage("cannot listen on 127.0.0.1:" + port + ": address already in use");
    }
  }

  @Test
  void reasonIsTheFirstLineOfTheBindFailure() {
    Exception nested = new RuntimeException("bind failed", new BindException("[/0.0.0.0:80] Permission denied\nmore"));

    assertThat(HttpServer.reason(nested)).isEqualTo("permission denied");
  }
}
