package io.etcdmonitor.config;

/**
 * Why one value was rejected, phrased to follow the value in a message ({@code "5x" is not a duration}); the
 * caller adds the value and where it came from, so parsers never decide how a secret or a flag is shown.
 */
final class BadValue extends Exception {
  BadValue(String predicate) {
    super(predicate, null, false, false);
  }

  String predicate() {
    return getMessage();
  }
}
