package io.etcdmonitor.coordinator.alerting.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpStatusClassifierTest {
  private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
  private static final String CHANNEL = "webhook channel 'x'";

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
      "100, permanent", "200, delivered", "201, delivered", "202, delivered", "204, delivered", "299, delivered",
      "301, permanent", "302, permanent", "304, permanent", "400, permanent", "401, permanent", "403, permanent",
      "404, permanent", "405, permanent", "408, retryable", "409, permanent", "410, permanent", "413, permanent",
      "422, permanent", "429, retryable", "499, permanent", "500, retryable", "501, retryable", "502, retryable",
      "503, retryable", "504, retryable", "599, retryable", "600, permanent"})
  void everyStatusHasOneMeaning(int status, String expected) {
    DeliveryResult result = HttpStatusClassifier.classify(CHANNEL, status, Optional.empty(), NOW);
    String actual = result instanceof DeliveryResult.Delivered ? "delivered"
        : result instanceof DeliveryResult.Retryable ? "retryable" : "permanent";
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void reasonsNameTheChannelAndTheStatus() {
    assertThat(HttpStatusClassifier.classify(CHANNEL, 404, Optional.empty(), NOW))
        .isEqualTo(new DeliveryResult.Permanent("HTTP 404 from webhook channel 'x'"));
  }

  @Test
  void retryAfterInSecondsOrAsADate() {
    assertThat(HttpStatusClassifier.classify(CHANNEL, 429, Optional.of("120"), NOW))
        .isEqualTo(new DeliveryResult.Retryable("HTTP 429 from webhook channel 'x'", Duration.ofSeconds(120)));
    assertThat(HttpStatusClassifier.classify(CHANNEL, 503, Optional.of("Mon, 02 Nov 2026 10:01:30 GMT"), NOW))
        .isEqualTo(new DeliveryResult.Retryable("HTTP 503 from webhook channel 'x'", Duration.ofSeconds(90)));
  }

  @Test
  void aPastDateMeansNowAndGarbageMeansNoHint() {
    assertThat(HttpStatusClassifier.parseRetryAfter("Mon, 02 Nov 2026 09:00:00 GMT", NOW)).isZero();
    assertThat(HttpStatusClassifier.parseRetryAfter("soon", NOW)).isNull();
    assertThat(HttpStatusClassifier.parseRetryAfter("-5", NOW)).isNull();
  }

  @Test
  void failuresToGetAnAnswerAreRetryableUnlessTheyCannotHeal() {
    assertThat(HttpStatusClassifier.classify(CHANNEL, new CompletionException(new ConnectException())))
        .isEqualTo(new DeliveryResult.Retryable("cannot connect to webhook channel 'x'"));
    assertThat(HttpStatusClassifier.classify(CHANNEL, new HttpTimeoutException("request timed out")))
        .isEqualTo(new DeliveryResult.Retryable("no answer in time from webhook channel 'x'"));
    assertThat(HttpStatusClassifier.classify(CHANNEL, new HttpConnectTimeoutException("connect timed out")))
        .isInstanceOf(DeliveryResult.Retryable.class);
    assertThat(HttpStatusClassifier.classify(CHANNEL, new SSLHandshakeException("PKIX path building failed")))
        .isEqualTo(new DeliveryResult.Retryable("SSLHandshakeException talking to webhook channel 'x'"));
    assertThat(HttpStatusClassifier.classify(CHANNEL, new IOException("reset")))
        .isInstanceOf(DeliveryResult.Retryable.class);
    assertThat(HttpStatusClassifier.classify(CHANNEL, new IllegalArgumentException("https://secret/path")))
        .isEqualTo(new DeliveryResult.Permanent("IllegalArgumentException while sending to webhook channel 'x'"));
  }
}
