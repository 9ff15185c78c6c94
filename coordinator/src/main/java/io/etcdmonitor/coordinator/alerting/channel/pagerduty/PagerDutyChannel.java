package io.etcdmonitor.coordinator.alerting.channel.pagerduty;

import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends one PagerDuty Events API v2 event per alert: {@code trigger} while it fires, {@code resolve} once it
 * ends, both with the alert's fingerprint as {@code dedup_key} so PagerDuty pairs them and folds repeats into one
 * incident. The integration key is the credential and never leaves the request body.
 */
public final class PagerDutyChannel implements NotificationChannel {
  public static final String DEFAULT_URL = "https://events.pagerduty.com/v2/enqueue";

  private final String name;
  private final Secret integrationKey;
  private final URI url;
  private final String externalUrl;
  private final HttpDelivery http;

  /**
   * @param externalUrl where this etcd-monitor is reached, sent as {@code client_url}
   */
  public PagerDutyChannel(ChannelSettings.PagerDuty settings, String externalUrl, HttpDelivery http) {
    this.name = settings.name();
    this.integrationKey = settings.integrationKey();
    String configured = settings.url();
    this.url = HttpDelivery.target(configured == null || configured.isBlank() ? DEFAULT_URL : configured,
        describe(), "url");
    this.externalUrl = externalUrl;
    this.http = http;
  }

  /**
   * Sends the events one after another. A retryable answer stops the sequence: the whole notification is tried
   * again, which is safe because PagerDuty deduplicates by {@code dedup_key}. Otherwise the worst answer wins.
   */
  @Override
  public CompletionStage<DeliveryResult> send(Notification n) {
    CompletionStage<DeliveryResult> result = CompletableFuture.completedFuture(DeliveryResult.DELIVERED);
    for (Alert alert : n.alerts()) {
      result = result.thenCompose(sofar -> sofar instanceof DeliveryResult.Retryable
          ? CompletableFuture.completedFuture(sofar)
          : post(event(alert, n.test())).thenApply(next -> sofar instanceof DeliveryResult.Permanent
              && next instanceof DeliveryResult.Delivered ? sofar : next));
    }
    return result;
  }

  private PagerDutyEvent event(Alert alert, boolean test) {
    return alert.isFiring()
        ? PagerDutyEvent.trigger(integrationKey.reveal(), alert, test, externalUrl)
        : PagerDutyEvent.resolve(integrationKey.reveal(), alert);
  }

  private CompletionStage<DeliveryResult> post(PagerDutyEvent event) {
    return http.send(http.jsonPost(url, event.body()).build(), describe());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "pagerduty";
  }
}
