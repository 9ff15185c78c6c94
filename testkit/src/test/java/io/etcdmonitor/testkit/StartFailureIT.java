package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

@Timeout(60)
class StartFailureIT {
  private final Logger clusterLog = (Logger) LoggerFactory.getLogger(LocalEtcdCluster.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    clusterLog.addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    clusterLog.detachAppender(logged);
  }

  @Test
  void refusedStartNamesTheMemberAndQuotesItsLogAndLeavesNothingBehind() throws IOException {
    Throwable thrown = catchThrowable(() -> LocalEtcdCluster.start(spec(3, "--no-such-flag")));

    assertThat(thrown)
        .isInstanceOf(EtcdClusterException.class)
        .hasMessageStartingWith("cannot start etcd cluster etcd-testkit-")
        .hasMessageContaining("has exited")
        .hasMessageContaining("--- etcd0 (http://127.0.0.1:")
        .hasMessageContaining("exited with code")
        .hasMessageContaining("flag provided but not defined: -no-such-flag");
    String token = thrown.getMessage().split(" ")[4];
    assertThat(clusterDirs()).noneMatch(dir -> dir.getFileName().toString().startsWith(token + "-"));
  }

  @Test
  void portTakenBeforeEtcdBindsItIsRetriedOnceWithFreshPorts() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String stolenMetricsPort = "--listen-metrics-urls=http://127.0.0.1:" + taken.getLocalPort();

      assertThatThrownBy(() -> LocalEtcdCluster.start(spec(1, stolenMetricsPort)))
          .isInstanceOf(EtcdClusterException.class)
          .hasMessageContaining("address already in use");
    }
    assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
        .containsOnlyOnce("a port was taken before etcd could bind it; starting again with new ports");
  }

  private static ClusterSpec spec(int members, String extraArg) {
    return new ClusterSpec(members, false, 0, List.of(extraArg), Duration.ofSeconds(30), Map.of());
  }

  private static List<Path> clusterDirs() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return dirs.filter(d -> d.getFileName().toString().startsWith(Reaper.DIR_PREFIX)).toList();
    }
  }
}
