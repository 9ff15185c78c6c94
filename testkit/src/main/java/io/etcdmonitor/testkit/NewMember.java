package io.etcdmonitor.testkit;

import java.net.URI;

/**
 * A member with a name and ports but no process yet. Tests pass {@link #peerUrl()} to MemberAdd, then hand this back
 * to {@link EtcdCluster#startNewMember(NewMember)}; the split keeps the etcd client out of the test kit.
 */
public final class NewMember {
  private final MemberAddress address;

  NewMember(MemberAddress address) {
    this.address = address;
  }

  public String name() {
    return address.name();
  }

  /** The URL to register with MemberAdd ({@code etcdctl member add NAME --peer-urls=URL}). */
  public URI peerUrl() {
    return address.peerUrl();
  }

  public URI clientUrl() {
    return address.clientUrl();
  }

  public URI metricsUrl() {
    return address.metricsUrl();
  }

  MemberAddress address() {
    return address;
  }

  @Override
  public String toString() {
    return "NewMember[" + name() + ", peer " + peerUrl() + "]";
  }
}
