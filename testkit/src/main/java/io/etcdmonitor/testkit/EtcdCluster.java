package io.etcdmonitor.testkit;

import java.time.Duration;
import java.util.List;

/** A running etcd cluster on loopback, as tests see it: where to connect, its members, and how to grow it. */
public interface EtcdCluster {

  /** Every member's client URL ({@code https://} on a TLS cluster), in member order, whether running or not. */
  List<String> clientEndpoints();

  /** {@link #clientEndpoints()} joined by commas, as {@code --endpoints} takes them. */
  String endpointsCsv();

  /** The members in the order they were created: initial members first, then the ones added later. */
  List<EtcdMember> members();

  EtcdMember member(int index);

  int size();

  /** The generated certificates; throws {@link IllegalStateException} on a cluster built without TLS. */
  EtcdTls tls();

  /** Waits until every running member (paused ones included) answers /health with {@code "health":"true"}. */
  void awaitHealthy(Duration timeout);

  /** Allocates a name and ports for a member the test is about to add with MemberAdd. */
  NewMember prepareNewMember();

  /**
   * Starts a member prepared by {@link #prepareNewMember()} after the test's MemberAdd, joining the existing cluster
   * with the membership read from a running peer. Returns once it is healthy; from then on it is one of
   * {@link #members()} and is cleaned up with the others.
   */
  EtcdMember startNewMember(NewMember member);
}
