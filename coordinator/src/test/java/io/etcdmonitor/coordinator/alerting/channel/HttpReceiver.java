package io.etcdmonitor.coordinator.alerting.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A throwaway HTTP receiver on a free loopback port that records every request and answers as told. */
public final class HttpReceiver implements AutoCloseable {

  /**
   * One request as received.
   *
   * @param receivedNanos {@link System#nanoTime()} when it arrived, for latency figures
   */
  public record Request(String method, String path, Map<String, List<String>> headers, byte[] body,
      long receivedNanos) {
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** What to answer; {@link #NEVER} leaves the request hanging. */
  public record Reply(int status, Map<String, String> headers) {
    public static final Reply NEVER = new Reply(0, Map.of());

    public static Reply status(int status) {
      return new Reply(status, Map.of());
    }
  }

  /** Chooses the reply to the {@code index}-th request (from 0). */
  @FunctionalInterface
  public interface Responder {
    Reply reply(int index, Request request) throws InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "http-receiver");
    t.setDaemon(true);
    return t;
  });
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Integer> statuses = new CopyOnWriteArrayList<>();
  private final AtomicInteger index = new AtomicInteger();
  private volatile Responder responder;

  private HttpReceiver(Responder responder) throws IOException {
    this.responder = responder;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static HttpReceiver start(Responder responder) throws IOException {
    return new HttpReceiver(responder);
  }

  public static HttpReceiver answering(int status) throws IOException {
    return start((i, r) -> Reply.status(status));
  }

  public void respondWith(Responder next) {
    this.responder = next;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** How many requests were answered with a 2xx status. */
  public long accepted() {
    return statuses.stream().filter(s -> s >= 200 && s < 300).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long received = System.nanoTime();
    Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes(), received);
    requests.add(request);
    Reply reply;
    try {
      reply = responder.reply(index.getAndIncrement(), request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (reply == Reply.NEVER) {
      statuses.add(0);
      return;
    }
    statuses.add(reply.status());
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(reply.status(), -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
