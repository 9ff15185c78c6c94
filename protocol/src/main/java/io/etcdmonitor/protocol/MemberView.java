package io.etcdmonitor.protocol;

import java.time.Instant;

/**
 * The coordinator's view of one member: what MemberList says, plus the freshest probe results. Status
 * fields are the last ones the member reported, kept while it is unreachable so an operator still sees its
 * last version, term and size.
 *
 * @param status last Status answer, or null if the member never answered
 * @param lastProbeLatencyMs wall time of the last Status RPC that succeeded, or null
 * @param lastError why the last probe failed, or null when it succeeded
 * @param lastRead the last timed linearizable read, or null if none was made
 * @param lastProbedAt when the last probe finished, or null if none has
 * @param endpoint the client URL the probes use, or null if the member has not started
 * @param telemetry metrics, latency windows and counters measured for this member
 */
public record MemberView(
    MemberInfo info,
    boolean reachable,
    boolean leader,
    MemberStatus status,
    Double lastProbeLatencyMs,
    String lastError,
    ReadCheck lastRead,
    Instant lastProbedAt,
    String endpoint,
    MemberTelemetry telemetry)
    implements CborSerializable {}
