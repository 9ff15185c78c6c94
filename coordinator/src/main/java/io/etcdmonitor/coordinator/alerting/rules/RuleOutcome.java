package io.etcdmonitor.coordinator.alerting.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one rule concluded: the occurrences whose condition holds, and those it cannot judge now (no fresh
 * scrape, no sample in the window). An occurrence it cannot judge keeps its state: a missing figure neither
 * starts nor resets a {@code for}, and never resolves an alert.
 *
 * @param unknown label sets (without severity) of occurrences left as they are
 */
public record RuleOutcome(List<Finding> findings, List<Map<String, String>> unknown) {
  public RuleOutcome {
    findings = List.copyOf(findings);
    unknown = List.copyOf(unknown);
  }

  public static RuleOutcome none() {
    return new RuleOutcome(List.of(), List.of());
  }

  /** Nothing can be judged now (no member list yet, not every member probed): every alert of the rule stays. */
  public static RuleOutcome cannotJudge() {
    return new RuleOutcome(List.of(), List.of(Map.of()));
  }

  public static RuleOutcome of(List<Finding> findings) {
    return new RuleOutcome(findings, List.of());
  }

  /** Collects findings and unknowns while a rule walks the members. */
  public static final class Builder {
    private final List<Finding> findings = new ArrayList<>();
    private final List<Map<String, String>> unknown = new ArrayList<>();

    public Builder add(Finding finding) {
      findings.add(finding);
      return this;
    }

    public Builder unknown(Map<String, String> labels) {
      unknown.add(Map.copyOf(labels));
      return this;
    }

    public RuleOutcome build() {
      return new RuleOutcome(findings, unknown);
    }
  }
}
