package io.etcdmonitor.protocol;

/** Whether an agent is currently a working vantage point; only {@link #UP} agents' probe results describe etcd. */
public enum AgentState {
  /** Reporting within the silence threshold. */
  UP,
  /** No report for several probe intervals: its reachability cells are VantageSilent, never evidence against etcd. */
  SILENT,
  /** Left the Pekko cluster or was downed by it, and has not reported since. */
  DOWN
}
