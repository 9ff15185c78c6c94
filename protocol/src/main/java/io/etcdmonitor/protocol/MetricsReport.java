package io.etcdmonitor.protocol;

import java.time.Instant;

/**
 * One scrape of one member's /metrics from one vantage: the figures derived from it, or why it failed.
 *
 * @param metrics the figures, or null when the scrape failed
 * @param error why the scrape failed, or null
 * @param bytes size of the response body as received (compressed when etcd compressed it)
 */
public record MetricsReport(
    String vantage, long memberId, String url, Instant scrapedAt, MemberMetrics metrics, String error, long bytes)
    implements AgentReport {}
