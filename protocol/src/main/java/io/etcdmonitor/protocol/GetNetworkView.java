package io.etcdmonitor.protocol;

import org.apache.pekko.actor.typed.ActorRef;

/** Asks the aggregator for the reachability and peer matrices and the partition verdicts behind the view. */
public record GetNetworkView(ActorRef<NetworkView> replyTo) implements CoordinatorMessage, CborSerializable {}
