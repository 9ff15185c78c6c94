package io.etcdmonitor.protocol;

/**
 * Marks a message that may cross JVMs; bound to Jackson CBOR in this module's {@code reference.conf}, so
 * nothing falls back to Java serialization.
 */
public interface CborSerializable {}
