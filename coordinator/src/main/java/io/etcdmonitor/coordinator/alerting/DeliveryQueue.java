package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A channel's waiting notifications, sent one at a time from the head so that for every group they reach the
 * receiver in the order they were raised: a resolved never overtakes its firing.
 *
 * <p>While a notification waits (for a token, for a retry, behind others), a newer one for the same group with
 * the same status takes its place: it carries the group's complete current state, so the older one has nothing
 * left to say. A newer one with the other status queues behind it instead, so the receiver sees both transitions.
 * The one being sent is never replaced.
 */
public final class DeliveryQueue {

  /**
   * A notification as the queue holds it.
   *
   * @param acceptedAt when the channel accepted this notification: its age counts from here
   * @param attempts attempts made so far, kept across a replacement so backoff keeps growing
   * @param lastFailure the reason of the last failed attempt, or null
   */
  public record Pending(Notification notification, Instant acceptedAt, int attempts, String lastFailure) {}

  private final LinkedList<Pending> entries = new LinkedList<>();
  private boolean headInFlight;

  /** Queues {@code n}; when it replaces a waiting notification, returns the one replaced. */
  public Optional<Pending> offer(Notification n, Instant now) {
    ListIterator<Pending> it = entries.listIterator(entries.size());
    while (it.hasPrevious()) {
      boolean isHead = it.previousIndex() == 0;
      Pending p = it.previous();
      if (p.notification().groupKey().equals(n.groupKey())) {
        if (p.notification().status() == n.status() && !(isHead && headInFlight)) {
          it.set(new Pending(n, now, p.attempts(), p.lastFailure()));
          return Optional.of(p);
        }
        break;
      }
    }
    entries.addLast(new Pending(n, now, 0, null));
    return Optional.empty();
  }

  public Optional<Pending> head() {
    return Optional.ofNullable(entries.peekFirst());
  }

  public boolean headInFlight() {
    return headInFlight;
  }

  /** Marks the head as being sent and counts the attempt. */
  public Pending beginHead() {
    Pending p = entries.removeFirst();
    Pending started = new Pending(p.notification(), p.acceptedAt(), p.attempts() + 1, p.lastFailure());
    entries.addFirst(started);
    headInFlight = true;
    return started;
  }

  /** The head's attempt failed and will be retried; it may be replaced again meanwhile. */
  public void failHead(String reason) {
    Pending p = entries.removeFirst();
    entries.addFirst(new Pending(p.notification(), p.acceptedAt(), p.attempts(), reason));
    headInFlight = false;
  }

  /** Removes the head: delivered or given up. */
  public Pending removeHead() {
    headInFlight = false;
    return entries.removeFirst();
  }

  /** Removes and returns every waiting notification, other than one being sent, whose age is {@code tooOld}. */
  public List<Pending> removeExpired(Instant now, Predicate<Duration> tooOld) {
    List<Pending> removed = new ArrayList<>();
    Iterator<Pending> it = entries.iterator();
    boolean first = true;
    while (it.hasNext()) {
      Pending p = it.next();
      if (!(first && headInFlight) && tooOld.test(Duration.between(p.acceptedAt(), now))) {
        it.remove();
        removed.add(p);
      }
      first = false;
    }
    return removed;
  }

  public int size() {
    return entries.size();
  }
}
