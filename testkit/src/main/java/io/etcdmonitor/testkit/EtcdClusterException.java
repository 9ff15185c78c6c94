package io.etcdmonitor.testkit;

/** Says why a test etcd could not be started or did not become healthy, with the evidence (log tails) attached. */
public final class EtcdClusterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EtcdClusterException(String message) {
    super(message);
  }

  public EtcdClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
