package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP forwarder on a loopback port in front of another port, which a test cuts and restores: the network path of
 * one client (one vantage) to one member, broken without touching the member or anyone else's path to it.
 *
 * <p>{@link #cut()} resets every live connection and every new one at once, as a firewall rejecting the path would;
 * {@link #blackHole()} resets the live ones and accepts new ones without ever answering, as a path that drops
 * packets would, so clients time out. {@link #restore()} forwards again.
 */
public final class TcpProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TcpProxy.class);
  private static final int CONNECT_TIMEOUT_MS = 1000;

  /** What happens to connections. */
  private enum Mode {
    FORWARD,
    RESET,
    BLACK_HOLE
  }

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile Mode mode = Mode.FORWARD;

  private TcpProxy(ServerSocket server, InetSocketAddress target) {
    this.server = server;
    this.target = target;
  }

  /** Forwards a fresh loopback port to {@code targetPort} on loopback. */
  public static TcpProxy to(int targetPort) {
    try {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      ServerSocket server = new ServerSocket(0, 50, loopback);
      TcpProxy proxy = new TcpProxy(server, new InetSocketAddress(loopback, targetPort));
      Thread acceptor = new Thread(proxy::acceptLoop, "tcp-proxy-" + server.getLocalPort() + "-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      return proxy;
    } catch (IOException e) {
      throw new EtcdClusterException("cannot listen on loopback for a proxy to port " + targetPort, e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** {@code http://127.0.0.1:<port>}, the proxy as a plain-http etcd client URL. */
  public String url() {
    return "http://" + server.getInetAddress().getHostAddress() + ":" + port();
  }

  /** Resets every live connection, and every new one as soon as it is accepted. */
  public void cut() {
    mode = Mode.RESET;
    resetAll();
  }

  /** Resets every live connection, and holds new ones open without forwarding or answering anything. */
  public void blackHole() {
    mode = Mode.BLACK_HOLE;
    resetAll();
  }

  /** Forwards new connections again; connections held by a black hole are reset so that clients dial again. */
  public void restore() {
    resetAll();
    mode = Mode.FORWARD;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      LOG.debug("closing the proxy on port {}: {}", port(), e.toString());
    }
    resetAll();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        switch (mode) {
          case RESET -> reset(client);
          case BLACK_HOLE -> open.add(client);
          case FORWARD -> forward(client);
        }
      } catch (IOException e) {
        if (!server.isClosed()) {
          LOG.warn("proxy on port {} failed to accept: {}", port(), e.toString());
        }
      }
    }
  }

  private void forward(Socket client) {
    open.add(client);
    Thread connector = new Thread(() -> {
      Socket upstream = new Socket();
      try {
        open.add(upstream);
        upstream.connect(target, CONNECT_TIMEOUT_MS);
        pump(client, upstream, "up");
        pump(upstream, client, "down");
      } catch (IOException e) {
        reset(client);
        reset(upstream);
      }
    }, "tcp-proxy-" + port() + "-connect");
    connector.setDaemon(true);
    connector.start();
  }

  /** Copies {@code from} to {@code to} on its own thread until either side ends; then both are closed. */
  private void pump(Socket from, Socket to, String direction) {
    Thread pump = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        LOG.trace("proxy on port {} ({}) ended: {}", port(), direction, e.toString());
      } finally {
        reset(from);
        reset(to);
      }
    }, "tcp-proxy-" + port() + "-" + direction);
    pump.setDaemon(true);
    pump.start();
  }

  private void resetAll() {
    for (Socket socket : List.copyOf(open)) {
      reset(socket);
    }
  }

  /** Closes with an RST rather than a FIN, so the peer sees the connection reset at once. */
  private void reset(Socket socket) {
    open.remove(socket);
    try {
      if (!socket.isClosed()) {
        socket.setSoLinger(true, 0);
        socket.close();
      }
    } catch (SocketException e) {
      closeQuietly(socket);
    } catch (IOException e) {
      LOG.trace("closing a proxied socket: {}", e.toString());
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.trace("closing a proxied socket: {}", e.toString());
    }
  }
}
