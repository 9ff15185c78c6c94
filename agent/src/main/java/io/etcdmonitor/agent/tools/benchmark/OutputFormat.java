package io.etcdmonitor.agent.tools.benchmark;

/** How the report is written to stdout: the seed's text layout, or one JSON object for scripts. */
public enum OutputFormat {
  TEXT,
  JSON
}
