package io.etcdmonitor.agent.tools.benchmark;

/** How reads are served, named like etcd's benchmark tool's {@code --consistency=l|s}. */
public enum Consistency {
  /** Goes through the leader (a read index round): what clients get by default. */
  LINEARIZABLE("l"),
  /** Answered by the member the client talks to from its local state, possibly stale. */
  SERIALIZABLE("s");

  private final String flag;

  Consistency(String flag) {
    this.flag = flag;
  }

  public String flag() {
    return flag;
  }
}
