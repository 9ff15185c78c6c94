package io.etcdmonitor.protocol;

/** An active etcd alarm (NOSPACE, CORRUPT) as AlarmList reports it. */
public record Alarm(long memberId, String type) implements CborSerializable {}
