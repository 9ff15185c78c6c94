package io.etcdmonitor.protocol;

import org.apache.pekko.actor.typed.ActorRef;

/** Asks the aggregator which agents report to it and in what state; any coordinator may ask the singleton. */
public record GetAgents(ActorRef<AgentList> replyTo) implements CoordinatorMessage, CborSerializable {}
