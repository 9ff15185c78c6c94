package io.etcdmonitor.coordinator.alerting;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A channel that keeps what it is sent, for tests about routing rather than transport. */
public final class RecordingChannel implements NotificationChannel {
  private final String name;
  private final List<Notification> received = new CopyOnWriteArrayList<>();

  public RecordingChannel(String name) {
    this.name = name;
  }

  @Override
  public CompletionStage<DeliveryResult> send(Notification n) {
    received.add(n);
    return CompletableFuture.completedFuture(DeliveryResult.DELIVERED);
  }

  public List<Notification> received() {
    return List.copyOf(received);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "recording";
  }
}
