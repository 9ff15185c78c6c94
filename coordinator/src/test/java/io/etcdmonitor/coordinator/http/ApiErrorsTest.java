package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

  @Test
  void contractCodesForTheStatusesTheApiAnswers() {
    assertThat(ApiErrors.codeFor(StatusCodes.BAD_REQUEST)).isEqualTo("bad_request");
    assertThat(ApiErrors.codeFor(StatusCodes.NOT_FOUND)).isEqualTo("not_found");
    assertThat(ApiErrors.codeFor(StatusCodes.METHOD_NOT_ALLOWED)).isEqualTo("method_not_allowed");
    assertThat(ApiErrors.codeFor(StatusCodes.INTERNAL_SERVER_ERROR)).isEqualTo("internal");
    assertThat(ApiErrors.codeFor(StatusCodes.SERVICE_UNAVAILABLE)).isEqualTo("unavailable");
  }

  @Test
  void otherStatusesGetTheirReasonAsSnakeCase() {
    assertThat(ApiErrors.codeFor(StatusCodes.UNSUPPORTED_MEDIA_TYPE)).isEqualTo("unsupported_media_type");
    assertThat(ApiErrors.codeFor(StatusCodes.REQUEST_HEADER_FIELDS_TOO_LARGE))
        .isEqualTo("request_header_fields_too_large");
    assertThat(ApiErrors.codeFor(StatusCodes.URI_TOO_LONG)).isEqualTo("uri_too_long");
  }
}
