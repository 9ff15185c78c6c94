package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the end of a member's log, because that is where etcd says why it refused to start. Runs of lines that differ
 * only in their timestamp (such as the "/health error" each readiness poll causes) are folded into one, so that they
 * cannot push the cause out of the tail.
 */
final class LogTail {
  static final int DEFAULT_LINES = 30;
  private static final Pattern TIMESTAMP =
      Pattern.compile("^(raft)?\\d{4}[-/]\\d{2}[-/]\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\s*");

  private LogTail() {}

  static List<String> lastLines(Path file, int count) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      return List.of("(no log file " + file + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> folded = fold(lines);
    return List.copyOf(folded.subList(Math.max(0, folded.size() - count), folded.size()));
  }

  static boolean contains(Path file, String text) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      return lines.anyMatch(line -> line.contains(text));
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fold(List<String> lines) {
    List<String> folded = new ArrayList<>();
    String previousMessage = null;
    int repeats = 0;
    for (String line : lines) {
      String message = TIMESTAMP.matcher(line).replaceFirst("");
      if (message.equals(previousMessage)) {
        repeats++;
        continue;
      }
      addRepeats(folded, repeats);
      folded.add(line);
      previousMessage = message;
      repeats = 0;
    }
    addRepeats(folded, repeats);
    return folded;
  }

  private static void addRepeats(List<String> folded, int repeats) {
    if (repeats > 0) {
      folded.add("    (same line " + repeats + " more time" + (repeats == 1 ? "" : "s") + ")");
    }
  }
}
