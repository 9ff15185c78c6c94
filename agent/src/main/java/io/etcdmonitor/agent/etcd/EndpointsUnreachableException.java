package io.etcdmonitor.agent.etcd;

/** No configured endpoint answered; the message lists each endpoint with its own reason. */
public final class EndpointsUnreachableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EndpointsUnreachableException(String message) {
    super(message, null, false, false);
  }
}
