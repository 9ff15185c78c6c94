package io.etcdmonitor.protocol;

import java.time.Instant;

/** One observed change of leader. {@code fromId} is {@link MemberIds#NONE} when there was none before. */
public record LeaderChange(Instant at, long fromId, long toId, long term) implements CborSerializable {}
