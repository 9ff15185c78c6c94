package io.etcdmonitor.coordinator.http;

import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.settings.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the API on host:port, unbinds it on coordinated shutdown, and turns a bind failure into a
 * {@link CannotListenException} whose one-line message the launcher can print before exiting non-zero.
 */
public final class HttpServer {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  private static final Duration UNBIND_DEADLINE = Duration.ofSeconds(5);

  private HttpServer() {}

  public static CompletionStage<ServerBinding> start(ActorSystem<?> system, String host, int port, Route routes) {
    ServerSettings settings = ServerSettings.create(system.classicSystem()).withParsingErrorHandler(
        JsonParsingErrorHandler.class.getName());
    return Http.get(system).newServerAt(host, port).withSettings(settings).bind(routes)
        .exceptionallyCompose(failure -> CompletableFuture.failedStage(
            new CannotListenException(host, port, reason(failure), failure)))
        .thenApply(binding -> {
          binding.addToCoordinatedShutdown(UNBIND_DEADLINE, system);
          LOG.info("HTTP API listening on {}:{}", host, binding.localAddress().getPort());
          return binding;
        });
  }

  /** The root cause's first line, without the {@code [/host:port]} prefix Pekko adds, starting lower-case. */
  static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof BindException) {
        break;
      }
      root = root.getCause();
    }
    if (root instanceof UnresolvedAddressException) {
      return "unknown host";
    }
    String message = root.getMessage();
    if (message == null || message.isBlank()) {
      return root.getClass().getSimpleName();
    }
    String line = message.lines().findFirst().orElse(message).replaceFirst("^\\[[^]]*]", "").strip();
    return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
  }
}
