package io.etcdmonitor.protocol;

import org.apache.pekko.actor.typed.ActorRef;

/**
 * Asks the aggregator to push every view it computes to {@code subscriber}, starting with the current one, until
 * the subscriber stops. Alerting evaluates each view as soon as it exists rather than polling for it.
 */
public record SubscribeViews(ActorRef<ClusterView> subscriber) implements CoordinatorMessage, CborSerializable {}
