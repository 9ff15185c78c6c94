package io.etcdmonitor.agent.tools.benchmark;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts failed requests by error message, so a report says "1,204 × etcdserver: request timed out" instead of a
 * stack trace per request. Distinct messages are capped so a flood of unique texts cannot exhaust memory.
 */
final class ErrorTally {
  static final int MAX_DISTINCT = 50;
  static final String OTHERS = "(other errors)";
  private static final int MAX_MESSAGE = 300;

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void add(Throwable error) {
    String message = describe(error);
    LongAdder counter = counts.get(message);
    if (counter == null) {
      counter = counts.size() < MAX_DISTINCT
          ? counts.computeIfAbsent(message, m -> new LongAdder())
          : counts.computeIfAbsent(OTHERS, m -> new LongAdder());
    }
    counter.increment();
  }

  /** Messages with their counts, most frequent first. */
  Map<String, Long> snapshot() {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The first line of the innermost meaningful message, without the wrapper exceptions futures add. */
  static String describe(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      message = t.getCause() != null && t.getCause().getMessage() != null
          ? t.getClass().getSimpleName() + ": " + t.getCause().getMessage()
          : t.getClass().getSimpleName();
    }
    String firstLine = message.strip().lines().findFirst().orElse(message);
    return firstLine.length() > MAX_MESSAGE ? firstLine.substring(0, MAX_MESSAGE) + "…" : firstLine;
  }
}
