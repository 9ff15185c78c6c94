package io.etcdmonitor.agent.probe;

import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.ProbeResult;
import org.slf4j.Logger;

/** Writes one log line when a member's probe state changes, and nothing while it stays the same. */
final class ProbeStateLog {
  private final Logger log;
  private State lastState;

  ProbeStateLog(Logger log) {
    this.log = log;
  }

  void record(MemberInfo member, String endpoint, ProbeResult result) {
    State state = State.of(result);
    if (state == lastState) {
      return;
    }
    boolean first = lastState == null;
    lastState = state;
    String where = endpoint == null ? "" : " at " + endpoint;
    switch (state) {
      case HEALTHY -> log.info("member {}{} is healthy{}", member.displayName(), where, first ? "" : " again");
      case READ_FAILING -> log.warn("member {}{} answers Status but fails linearizable reads: {}",
          member.displayName(), where, ((ProbeResult.Reachable) result).read().error());
      case TIMED_OUT -> log.warn("member {}{} is not answering: {}", member.displayName(), where, result.error());
      case UNREACHABLE -> log.warn("member {}{} is unreachable: {}", member.displayName(), where, result.error());
    }
  }

  /** Coarse states: a change of state is news, a new wording of the same failure is not. */
  enum State {
    HEALTHY,
    READ_FAILING,
    TIMED_OUT,
    UNREACHABLE;

    static State of(ProbeResult result) {
      if (result instanceof ProbeResult.Reachable r) {
        return r.read().ok() ? HEALTHY : READ_FAILING;
      }
      return result instanceof ProbeResult.TimedOut ? TIMED_OUT : UNREACHABLE;
    }
  }
}
