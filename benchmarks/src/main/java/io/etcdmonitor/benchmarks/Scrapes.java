package io.etcdmonitor.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real etcd 3.4.23 {@code /metrics} captures bundled in the benchmarks jar. */
final class Scrapes {
  static final String LEADER = "etcd-3.4.23-cluster-m3-leader.txt";
  static final String LEADER_AFTER_PEER_LOSS = "etcd-3.4.23-cluster-m3-leader-peer-down.txt";

  private Scrapes() {}

  static String text(String name) {
    try (InputStream in = Scrapes.class.getResourceAsStream("/metrics/" + name)) {
      if (in == null) {
        throw new IllegalStateException("metrics/" + name + " is missing from the benchmarks jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Grows a scrape to exactly {@code lines} lines by repeating its samples with an extra {@code replica}
   * label, so every added series is distinct, as on a member with many peers or methods.
   */
  static String replicated(String text, int lines) {
    String[] original = text.split("\n");
    int samples = 0;
    for (String line : original) {
      if (!line.startsWith("#") && !line.isBlank()) {
        samples++;
      }
    }
    int extra = lines - original.length;
    if (extra < 0 || samples == 0) {
      throw new IllegalArgumentException("cannot grow " + original.length + " lines to " + lines);
    }
    int fullCopies = extra / samples;
    int partialCopy = extra % samples;
    StringBuilder out = new StringBuilder(text.length() * (lines / original.length + 2));
    int sample = 0;
    for (String line : original) {
      out.append(line).append('\n');
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int copies = fullCopies + (sample++ < partialCopy ? 1 : 0);
      for (int copy = 1; copy <= copies; copy++) {
        out.append(withReplica(line, copy)).append('\n');
      }
    }
    return out.toString();
  }

  private static String withReplica(String line, int copy) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    if (brace >= 0 && brace < space) {
      return line.substring(0, brace + 1) + "replica=\"" + copy + "\"," + line.substring(brace + 1);
    }
    return line.substring(0, space) + "{replica=\"" + copy + "\"}" + line.substring(space);
  }
}
