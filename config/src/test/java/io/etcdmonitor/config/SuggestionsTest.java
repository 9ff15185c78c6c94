package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionsTest {
  static final List<String> KEYS = List.of(
      "endpoints", "dial_timeout", "health_check_interval", "max_latency_ms", "max_error_rate", "port", "host",
      "to", "from", "url", "channel");

  @ParameterizedTest
  @CsvSource({
      "max_latncy_ms, max_latency_ms",
      "endpoint, endpoints",
      "endponits, endpoints",
      "dialTimeout, dial_timeout",
      "dial-timeout, dial_timeout",
      "HEALTH_CHECK_INTERVAL, health_check_interval",
      "healthcheck_interval, health_check_interval",
      "prot, port",
      "hots, host",
      "chanel, channel",
      "max_eror_rate, max_error_rate",
      "pot_, port",
      "utl, url"})
  void findsTheKeyATypoMeant(String typed, String meant) {
    assertThat(Suggestions.closest(typed, KEYS)).contains(meant);
    assertThat(Suggestions.didYouMean(typed, KEYS)).isEqualTo(" (did you mean " + meant + "?)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"completely_unrelated", "xyz", "tt", "cc", "user", "timeout", "max_ms"})
  void staysQuietWhenNothingIsClose(String typed) {
    assertThat(Suggestions.closest(typed, KEYS)).isEmpty();
    assertThat(Suggestions.didYouMean(typed, KEYS)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"abc, abc, 0", "abc, acb, 1", "kitten, sitting, 3", "ca, abc, 3", "'', abc, 3"})
  void countsEditsWithTranspositionsAsOne(String a, String b, int distance) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(distance);
  }
}
