package io.etcdmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
  @TempDir
  Path dir;

  @Test
  void keepsTheLastLinesInOrder() throws IOException {
    Path log = dir.resolve("etcd.log");
    Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

    assertThat(LogTail.lastLines(log, 3)).containsExactly("line 98", "line 99", "line 100");
    assertThat(LogTail.contains(log, "line 42")).isTrue();
    assertThat(LogTail.contains(log, "address already in use")).isFalse();
  }

  @Test
  void foldsLinesThatDifferOnlyInTheirTimestamp() throws IOException {
    Path log = dir.resolve("etcd.log");
    Files.writeString(log, String.join("\n",
        "2026-11-24 12:25:43.669759 I | embed: listening for metrics on http://127.0.0.1:44105",
        "2026-11-24 12:25:43.910795 W | etcdhttp: /health error; no leader (status code 503)",
        "2026-11-24 12:25:43.981904 W | etcdhttp: /health error; no leader (status code 503)",
        "2026-11-24 12:25:44.036798 W | etcdhttp: /health error; no leader (status code 503)",
        "raft2026/11/24 12:25:43 WARN: 8984d2f335f55281 A tick missed to fire.",
        "raft2026/11/24 12:25:44 WARN: 8984d2f335f55281 A tick missed to fire.",
        "2026-11-24 12:25:45.000000 C | etcdmain: the cause"));

    assertThat(LogTail.lastLines(log, 5)).containsExactly(
        "2026-11-24 12:25:43.910795 W | etcdhttp: /health error; no leader (status code 503)",
        "    (same line 2 more times)",
        "raft2026/11/24 12:25:43 WARN: 8984d2f335f55281 A tick missed to fire.",
        "    (same line 1 more time)",
        "2026-11-24 12:25:45.000000 C | etcdmain: the cause");
  }

  @Test
  void missingLogIsNamedRatherThanThrown() {
    Path log = dir.resolve("absent.log");

    assertThat(LogTail.lastLines(log, 30)).containsExactly("(no log file " + log + ")");
    assertThat(LogTail.contains(log, "anything")).isFalse();
  }
}
