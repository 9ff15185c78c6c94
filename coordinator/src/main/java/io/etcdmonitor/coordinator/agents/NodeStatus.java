package io.etcdmonitor.coordinator.agents;

/** What the Pekko cluster says about one node, reduced to what matters for an agent's state. */
public enum NodeStatus {
  /** A member, reachable as far as the failure detector knows. */
  UP,
  /** A member the failure detector cannot reach; it may come back or be downed. */
  UNREACHABLE,
  /** Leaving or exiting on its own. */
  LEFT,
  /** Downed, by the split-brain resolver or an operator. */
  DOWNED,
  /** No longer a member. */
  REMOVED;

  /** True when the node will not report again under this incarnation. */
  public boolean gone() {
    return this == LEFT || this == DOWNED || this == REMOVED;
  }
}
