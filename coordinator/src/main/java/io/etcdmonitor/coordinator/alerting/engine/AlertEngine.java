package io.etcdmonitor.coordinator.alerting.engine;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.Fingerprint;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.rules.AlertInput;
import io.etcdmonitor.coordinator.alerting.rules.Finding;
import io.etcdmonitor.coordinator.alerting.rules.Rule;
import io.etcdmonitor.coordinator.alerting.rules.RuleOutcome;
import io.etcdmonitor.coordinator.alerting.rules.SignalTracker;
import io.etcdmonitor.coordinator.alerting.rules.Signals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert lifecycle as plain state and pure decisions, fed one {@link AlertInput} at a time: rules raise
 * findings; findings become pending, then firing after the rule's {@code for}, then resolved; inhibition and
 * silences decide what receivers may hear; {@link NotifyPolicy} and the {@link NotificationLog} decide what they
 * must hear now; changes within the group wait go out as one {@link Notification} per cluster. No actor, no clock,
 * no I/O: the evaluator actor drives it and persists its log and silences.
 */
public final class AlertEngine {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
  static final String CLUSTER = "cluster";

  /** What one evaluation produced. {@code persist} is true when the log or the silences changed. */
  public record Outcome(List<Notification> notifications, boolean persist) {}

  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, EffectiveRule> settings;
  private final EngineSettings engine;
  private final SignalTracker tracker;
  private final NotificationLog log;
  private final Silences silences;
  private final Map<String, AlertState> states = new LinkedHashMap<>();
  private final EndedAlerts ended;
  private final Set<String> failing = new HashSet<>();
  private Map<String, List<String>> inhibitions = Map.of();
  private Instant startedAt;
  private Instant groupDirtySince;

  public AlertEngine(List<Rule> enabled, Map<String, EffectiveRule> settings, EngineSettings engine,
      NotificationLog log, Silences silences) {
    enabled.forEach(r -> rules.put(r.name(), r));
    this.settings = Map.copyOf(settings);
    this.engine = engine;
    this.tracker = new SignalTracker(engine.metricsStaleAfter());
    this.log = log;
    this.silences = silences;
    this.ended = new EndedAlerts(engine.historySize());
    log.entries().stream().filter(e -> !e.resolved())
        .forEach(e -> states.put(e.alert().fingerprint(), AlertState.restoredFrom(e.alert(), CLUSTER)));
  }

  public Outcome evaluate(AlertInput input) {
    Instant now = input.now();
    if (startedAt == null) {
      startedAt = now;
    }
    Signals signals = tracker.observe(input, new StateLookup());
    Set<String> seen = new HashSet<>();
    for (Rule rule : rules.values()) {
      RuleOutcome outcome;
      try {
        outcome = rule.evaluate(input, signals);
        if (failing.remove(rule.name())) {
          LOG.info("rule {} evaluates again", rule.name());
        }
      } catch (RuntimeException e) {
        if (failing.add(rule.name())) {
          LOG.warn("rule {} failed; its alerts keep their state until it evaluates again", rule.name(), e);
        }
        states.values().stream().filter(s -> s.rule().equals(rule.name())).forEach(s -> seen.add(s.fingerprint()));
        continue;
      }
      outcome.findings().forEach(f -> seen.add(observe(f, now)));
      for (Map<String, String> unknown : outcome.unknown()) {
        states.values().stream()
            .filter(s -> s.rule().equals(rule.name())
                && s.finding().labels().entrySet().containsAll(unknown.entrySet()))
            .forEach(s -> seen.add(s.fingerprint()));
      }
    }
    expireUnseen(seen, now);
    inhibitions = Inhibitor.inhibitions(states.values().stream().filter(s -> s.phase() == AlertPhase.FIRING).toList());
    decide(now);
    boolean persist = false;
    List<Notification> out = new ArrayList<>();
    if (groupDirtySince != null && !now.isBefore(groupDirtySince.plus(engine.groupWait()))) {
      groupDirtySince = null;
      flush(now).ifPresent(out::add);
      persist |= !out.isEmpty();
    }
    persist |= log.expire(now) | silences.expireOld(now);
    ended.forgetOld(now);
    return new Outcome(out, persist);
  }

  /** Records a finding; returns its fingerprint. */
  private String observe(Finding f, Instant now) {
    TreeMap<String, String> labels = new TreeMap<>(f.labels());
    labels.put(Alert.ALERTNAME, f.rule());
    labels.put(Alert.SEVERITY, f.severity().label());
    labels.put(CLUSTER, engine.cluster());
    String fingerprint = Fingerprint.of(f.rule(), labels);
    AlertState state = states.get(fingerprint);
    state = state == null ? AlertState.pending(fingerprint, f, labels, now) : state.seen(f);
    if (state.phase() == AlertPhase.PENDING
        && !now.isBefore(state.activeSince().plus(settings.get(f.rule()).forDuration()))) {
      state = state.fired(now);
    }
    states.put(fingerprint, state);
    return fingerprint;
  }

  /** Pending alerts whose condition is gone are dropped; firing ones resolve, unless restored and still warming up. */
  private void expireUnseen(Set<String> seen, Instant now) {
    Iterator<Map.Entry<String, AlertState>> it = states.entrySet().iterator();
    while (it.hasNext()) {
      AlertState s = it.next().getValue();
      if (seen.contains(s.fingerprint()) || s.phase() == AlertPhase.RESOLVED) {
        continue;
      }
      Rule rule = rules.get(s.rule());
      if (s.restored() && rule != null && now.isBefore(startedAt.plus(rule.warmUp()))) {
        continue;
      }
      if (s.phase() == AlertPhase.PENDING) {
        it.remove();
        continue;
      }
      states.put(s.fingerprint(), s.resolved(now));
      ended.ended(s, now, log.last(s.fingerprint()).map(e -> !e.resolved()).orElse(false));
    }
  }

  /** Marks the group when an alert must be sent; drops resolved alerts nobody needs to hear about. */
  private void decide(Instant now) {
    Iterator<AlertState> it = states.values().iterator();
    while (it.hasNext()) {
      AlertState s = it.next();
      NotifyPolicy.Reason reason = reason(s, now);
      if (reason.notifies()) {
        if (groupDirtySince == null) {
          groupDirtySince = now;
          LOG.debug("group {} will notify: {} {}", engine.cluster(), s.rule(), reason);
        }
      } else if (s.phase() == AlertPhase.RESOLVED) {
        it.remove();
      }
    }
  }

  private NotifyPolicy.Reason reason(AlertState s, Instant now) {
    boolean silenced = s.phase() == AlertPhase.FIRING && !silences.muting(s.labels(), now).isEmpty();
    return NotifyPolicy.decide(s.phase(), silenced, inhibitions.containsKey(s.fingerprint()),
        log.last(s.fingerprint()).orElse(null), now, engine.repeatInterval());
  }

  /** The group's complete state, if anything in it must be sent: every alert receivers may see, plus resolutions. */
  private Optional<Notification> flush(Instant now) {
    List<AlertState> included = new ArrayList<>();
    boolean needed = false;
    for (AlertState s : states.values()) {
      NotifyPolicy.Reason reason = reason(s, now);
      needed |= reason.notifies();
      if (reason == NotifyPolicy.Reason.RESOLVED || (s.phase() == AlertPhase.FIRING
          && reason != NotifyPolicy.Reason.SILENCED && reason != NotifyPolicy.Reason.INHIBITED)) {
        included.add(s);
      }
    }
    if (!needed) {
      return Optional.empty();
    }
    included.sort(Comparator.comparing((AlertState s) -> s.phase() == AlertPhase.RESOLVED)
        .thenComparing(s -> s.finding().severity(), Comparator.reverseOrder())
        .thenComparing(AlertState::activeSince));
    List<Alert> alerts = new ArrayList<>(included.stream().map(AlertState::toAlert).toList());
    alerts.forEach(a -> log.record(a, now));
    included.stream().filter(s -> s.phase() == AlertPhase.RESOLVED).forEach(s -> states.remove(s.fingerprint()));
    alerts.addAll(recentlyResolved(alerts, now));
    return Optional.of(Notification.of(Map.of(CLUSTER, engine.cluster()), alerts));
  }

  /**
   * Resolutions sent lately, repeated in the group's next notifications: a channel that was failing may replace
   * the notification that carried them with this newer one (it holds the group's whole state), and must not lose
   * them by that.
   */
  private List<Alert> recentlyResolved(List<Alert> included, Instant now) {
    Set<String> present = new HashSet<>();
    included.forEach(a -> present.add(a.fingerprint()));
    return log.entries().stream()
        .filter(e -> e.resolved() && !present.contains(e.alert().fingerprint())
            && !states.containsKey(e.alert().fingerprint())
            && !e.at().plus(engine.resendResolvedFor()).isBefore(now))
        .map(NotificationLog.Entry::alert)
        .toList();
  }

  /** Pending and firing alerts, with the silences muting them as of {@code now}, most severe first. */
  public List<ActiveAlert> active(Instant now) {
    return states.values().stream()
        .filter(s -> s.phase() != AlertPhase.RESOLVED)
        .sorted(Comparator.comparing((AlertState s) -> s.finding().severity(), Comparator.reverseOrder())
            .thenComparing(AlertState::activeSince))
        .map(s -> new ActiveAlert(s.rule(), s.fingerprint(), s.phase(), s.finding().severity(), s.labels(),
            s.finding().annotations(), s.finding().members(), s.activeSince(), s.firedAt(),
            s.phase() == AlertPhase.FIRING ? silences.muting(s.labels(), now) : List.of(),
            inhibitions.getOrDefault(s.fingerprint(), List.of())))
        .toList();
  }

  /** Alerts that fired and ended, newest first. */
  public List<PastAlert> history() {
    return ended.history();
  }

  public Silences silences() {
    return silences;
  }

  public NotificationLog log() {
    return log;
  }

  /** Creates a silence; throws IllegalArgumentException with the reason when the request is invalid. */
  public Silence silence(SilenceRequest request, Instant now) {
    return silences.create(request, now);
  }

  public Optional<Silence> expireSilence(String id, Instant now) {
    return silences.expire(id, now);
  }

  /** Takes silences made or expired on another coordinator; true if any changed what this one knew. */
  public boolean mergeSilences(Collection<Silence> shared) {
    boolean changed = false;
    for (Silence s : shared) {
      changed |= silences.merge(s);
    }
    return changed;
  }

  /** The rules' view of the alert states, for hysteresis and hold-offs. */
  private final class StateLookup implements Signals.AlertStates {
    @Override
    public boolean active(String rule, Map<String, String> labels) {
      return states.values().stream().anyMatch(s -> s.rule().equals(rule) && s.phase() != AlertPhase.RESOLVED
          && s.finding().labels().entrySet().containsAll(labels.entrySet()));
    }

    @Override
    public Optional<Instant> lastResolved(String rule, Map<String, String> labels) {
      return ended.lastResolved(rule, labels);
    }
  }
}
