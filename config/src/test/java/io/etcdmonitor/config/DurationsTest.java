package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @ParameterizedTest
  @CsvSource({
      "30s, PT30S",
      "1m30s, PT1M30S",
      "500ms, PT0.5S",
      "1h, PT1H",
      "1.5s, PT1.5S",
      "2h45m10.25s, PT2H45M10.25S",
      "250us, PT0.00025S",
      "250µs, PT0.00025S",
      "7ns, PT0.000000007S",
      "' 5s ', PT5S",
      "-1s, PT-1S",
      ".5m, PT30S"})
  void parsesGoStyle(String text, Duration expected) throws BadValue {
    assertThat(Durations.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"30, 'has no unit; write 30s'", "0, 'has no unit; write 0s'", "1.5, 'has no unit; write 1.5s'"})
  void refusesBareNumbersWithTheFix(String text, String message) {
    assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(BadValue.class).hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5x", "s", "5 s", "5S", "1h-5m", "ms5", ".s", "", "1e3s", "5sec"})
  void refusesWhatIsNotADuration(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(BadValue.class).hasMessage("is not a duration (examples: 500ms, 5s, 1m)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1d", "2d12h"})
  void explainsThatDaysAreHours(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .hasMessage("is not a duration (examples: 500ms, 5s, 1m); write days as hours");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3000000h", "9223372037s"})
  void refusesWhatDoesNotFitInADuration(String text) {
    assertThatThrownBy(() -> Durations.parse(text)).hasMessage("is too long");
  }

  @ParameterizedTest
  @CsvSource({"PT1H, 1h", "PT1H30M, 1h30m", "PT1H0.5S, 1h0.5s", "PT0.5S, 500ms", "PT10S, 10s", "PT0S, 0s",
      "PT0.00025S, 250us", "PT0.000000007S, 7ns", "PT90M, 1h30m", "PT-2S, -2s"})
  void formatsShortestFirst(Duration d, String expected) throws BadValue {
    assertThat(Durations.format(d)).isEqualTo(expected);
    assertThat(Durations.parse(expected)).isEqualTo(d);
  }
}
