package io.etcdmonitor.coordinator.alerting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identity of an alert across notifications and restarts: receivers (PagerDuty's {@code dedup_key}, webhook
 * consumers) use it to pair a resolve with its trigger, so it depends only on the name and the labels.
 */
public final class Fingerprint {
  private static final byte SEPARATOR = (byte) 0xff;

  private Fingerprint() {}

  /** The first 64 bits of SHA-256 over the name and the labels in key order, as 16 lower-case hex digits. */
  public static String of(String name, Map<String, String> labels) {
    MessageDigest digest = sha256();
    update(digest, name);
    for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
      update(digest, label.getKey());
      update(digest, label.getValue());
    }
    byte[] hash = digest.digest();
    return HexFormat.of().formatHex(hash, 0, 8);
  }

  private static void update(MessageDigest digest, String value) {
    digest.update(value.getBytes(StandardCharsets.UTF_8));
    digest.update(SEPARATOR);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
