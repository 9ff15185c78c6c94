package io.etcdmonitor.agent.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the {@code /metrics} captures under {@code src/test/resources/metrics}. */
final class Fixtures {
  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/metrics/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture metrics/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedMetrics parsed(String name) {
    return PrometheusTextParser.parse(text(name));
  }
}
