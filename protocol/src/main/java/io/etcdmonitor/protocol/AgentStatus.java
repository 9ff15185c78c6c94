package io.etcdmonitor.protocol;

import java.time.Instant;

/**
 * What the coordinator knows of one agent: the row of {@code GET /api/v1/agents}.
 *
 * @param datacenter as the agent or its cluster membership names it, or null until one does
 * @param address the agent node's Pekko address from cluster membership, or null in standalone
 * @param lastReport when the coordinator last received anything from it (coordinator clock), or null
 * @param detail one phrase saying why the agent is in {@code state}
 */
public record AgentStatus(
    String vantage, String datacenter, String address, Instant lastReport, AgentState state, String detail)
    implements CborSerializable {}
