package io.etcdmonitor.coordinator.http.json;

/**
 * The API's one error shape, {@code {"error":{"code":"...","message":"..."}}}: scripts branch on the stable
 * {@code code}; people read the {@code message}, which never holds a stack trace.
 */
public record ErrorResponse(Detail error) {

  public static ErrorResponse of(String code, String message) {
    return new ErrorResponse(new Detail(code, message));
  }

  /** The machine-readable code and the human-readable message. */
  public record Detail(String code, String message) {}
}
