package io.etcdmonitor.coordinator.alerting.channel.pagerduty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Events API v2 event. A trigger carries the alert; a resolve needs only the key pair. {@link #toString()}
 * hides the routing key, which is the integration's credential.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PagerDutyEvent(
    @JsonProperty("routing_key") String routingKey,
    @JsonProperty("event_action") String eventAction,
    @JsonProperty("dedup_key") String dedupKey,
    @JsonProperty("payload") Payload payload,
    @JsonProperty("client") String client,
    @JsonProperty("client_url") String clientUrl) {

  /** PagerDuty refuses events larger than this. */
  static final int MAX_BYTES = 512 * 1024;
  static final int MAX_SUMMARY = 1024;

  /** What an incident shows. */
  record Payload(
      @JsonProperty("summary") String summary,
      @JsonProperty("source") String source,
      @JsonProperty("severity") String severity,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("component") String component,
      @JsonProperty("group") String group,
      @JsonProperty("class") String eventClass,
      @JsonProperty("custom_details") Map<String, Object> customDetails) {}

  static PagerDutyEvent trigger(String routingKey, Alert alert, boolean test, String clientUrl) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("description", alert.description());
    details.put("members", alert.members());
    details.put("runbook", alert.runbook());
    details.put("labels", alert.labels());
    details.put("startsAt", alert.startsAt().toString());
    Payload payload = new Payload(cap(alert.summary(), MAX_SUMMARY), source(alert),
        test ? "info" : severity(alert.severity()), alert.startsAt().toString(), "etcd",
        alert.labels().get("cluster"), alert.name(), details);
    return new PagerDutyEvent(routingKey, "trigger", alert.fingerprint(), payload, "etcd-monitor", clientUrl)
        .fitted();
  }

  static PagerDutyEvent resolve(String routingKey, Alert alert) {
    return new PagerDutyEvent(routingKey, "resolve", alert.fingerprint(), null, null, null);
  }

  /** PagerDuty's levels are critical, error, warning and info. */
  static String severity(Alert.Severity severity) {
    return switch (severity) {
      case CRITICAL -> "critical";
      case WARNING -> "warning";
    };
  }

  byte[] body() {
    return HttpDelivery.json(this);
  }

  /**
   * This event, or one whose details are cut down to fit {@link #MAX_BYTES}: only the description is kept, halved
   * until the body fits, with a note saying so. Size never makes an event fail.
   */
  private PagerDutyEvent fitted() {
    PagerDutyEvent event = this;
    String description = String.valueOf(payload.customDetails().get("description"));
    while (event.body().length > MAX_BYTES && !description.isEmpty()) {
      description = half(description);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("description", description);
      details.put("truncated", "details exceeded PagerDuty's 512 KB limit");
      event = withDetails(details);
    }
    return event;
  }

  private static String half(String s) {
    int end = s.length() / 2;
    return end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? s.substring(0, end - 1) : s.substring(0, end);
  }

  private PagerDutyEvent withDetails(Map<String, Object> details) {
    Payload p = new Payload(payload.summary(), payload.source(), payload.severity(), payload.timestamp(),
        payload.component(), payload.group(), payload.eventClass(), details);
    return new PagerDutyEvent(routingKey, eventAction, dedupKey, p, client, clientUrl);
  }

  /** The member when the alert is about one, else the cluster, else etcd-monitor itself. */
  private static String source(Alert alert) {
    if (alert.members().size() == 1) {
      return alert.members().get(0);
    }
    return alert.labels().getOrDefault("cluster", "etcd-monitor");
  }

  private static String cap(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
    return s.substring(0, end) + "…";
  }

  @Override
  public String toString() {
    return "PagerDutyEvent[" + eventAction + " " + dedupKey + "]";
  }
}
