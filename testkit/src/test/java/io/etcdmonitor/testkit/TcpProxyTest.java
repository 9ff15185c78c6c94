package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {
  private ServerSocket echo;
  private TcpProxy proxy;

  @BeforeEach
  void start() throws IOException {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread server = new Thread(this::serveEcho, "echo");
    server.setDaemon(true);
    server.start();
    proxy = TcpProxy.to(echo.getLocalPort());
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    echo.close();
  }

  @Test
  void forwardsBothWaysUntilCutThenResetsLiveAndNewConnectionsUntilRestored() throws IOException {
    try (Socket live = connect()) {
      assertThat(roundTrip(live, "hello")).isEqualTo("hello");

      proxy.cut();

      assertThatThrownBy(() -> roundTrip(live, "still there?")).isInstanceOf(IOException.class);
      try (Socket rejected = connect()) {
        assertThatThrownBy(() -> roundTrip(rejected, "anyone?")).isInstanceOf(IOException.class)
            .isNotInstanceOf(SocketTimeoutException.class);
      }
    }

    proxy.restore();

    try (Socket again = connect()) {
      assertThat(roundTrip(again, "back")).isEqualTo("back");
    }
  }

  @Test
  void aBlackHoleAcceptsButNeverAnswersSoClientsTimeOut() throws IOException {
    proxy.blackHole();

    try (Socket held = connect()) {
      held.setSoTimeout(300);
      assertThatThrownBy(() -> roundTrip(held, "hello?")).isInstanceOf(SocketTimeoutException.class);

      proxy.restore();

      await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThatThrownBy(() -> roundTrip(held, "x"))
          .as("a held connection is reset on restore, so the client dials again")
          .isInstanceOf(SocketException.class));
    }
    try (Socket again = connect()) {
      assertThat(roundTrip(again, "forwarded")).isEqualTo("forwarded");
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
    socket.setSoTimeout(2000);
    return socket;
  }

  private static String roundTrip(Socket socket, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    out.flush();
    InputStream in = socket.getInputStream();
    byte[] back = in.readNBytes(bytes.length);
    if (back.length < bytes.length) {
      throw new IOException("connection closed after " + back.length + " bytes");
    }
    return new String(back, StandardCharsets.UTF_8);
  }

  private void serveEcho() {
    while (!echo.isClosed()) {
      try {
        Socket socket = echo.accept();
        Thread copy = new Thread(() -> {
          try (socket) {
            socket.getInputStream().transferTo(socket.getOutputStream());
          } catch (IOException e) {
            return;
          }
        }, "echo-connection");
        copy.setDaemon(true);
        copy.start();
      } catch (IOException e) {
        return;
      }
    }
  }
}
