package io.etcdmonitor.agent.scrape;

import java.util.concurrent.CompletableFuture;

/** Fetches one /metrics page; tests substitute canned pages. */
public interface MetricsFetcher {

  /** The page's text and its size on the wire. */
  record Page(String text, long wireBytes) {}

  CompletableFuture<Page> fetch(String url);
}
