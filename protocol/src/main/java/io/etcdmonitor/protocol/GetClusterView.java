package io.etcdmonitor.protocol;

import org.apache.pekko.actor.typed.ActorRef;

/** Asks the aggregator for its current {@link ClusterView}; any coordinator may ask the singleton. */
public record GetClusterView(ActorRef<ClusterView> replyTo) implements CoordinatorMessage, CborSerializable {}
