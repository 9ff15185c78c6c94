package io.etcdmonitor.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Checks that involve more than one key, or the file system, once every key has its own valid value. */
final class CrossChecks {
  private final Map<SettingKey, Object> values;
  private final Map<SettingKey, RawValue> raws;
  private final Problems problems;

  CrossChecks(Map<SettingKey, Object> values, Map<SettingKey, RawValue> raws, Problems problems) {
    this.values = values;
    this.raws = raws;
    this.problems = problems;
  }

  void run() {
    if (values.get(SettingKey.ENDPOINTS) instanceof List<?> endpoints && endpoints.isEmpty()) {
      problems.add(SettingKey.ENDPOINTS.path(), "at least one endpoint is required");
    }
    pair(SettingKey.TLS_CERT_FILE, SettingKey.TLS_KEY_FILE);
    pair(SettingKey.TLS_KEY_FILE, SettingKey.TLS_CERT_FILE);
    for (SettingKey key : List.of(SettingKey.TLS_CERT_FILE, SettingKey.TLS_KEY_FILE, SettingKey.TLS_CA_FILE)) {
      readableFile(key);
    }
    if (values.get(SettingKey.PROBE_TIMEOUT) instanceof Duration timeout
        && values.get(SettingKey.HEALTH_CHECK_INTERVAL) instanceof Duration interval
        && timeout.compareTo(interval) > 0) {
      problems.add(SettingKey.PROBE_TIMEOUT.path(), raws.get(SettingKey.PROBE_TIMEOUT).show()
          + " is longer than health_check_interval (" + Durations.format(interval)
          + "); probes of one member would overlap");
    }
    if (values.get(SettingKey.DATA_DIR) instanceof Path dir && Files.exists(dir) && !Files.isDirectory(dir)) {
      problems.add(SettingKey.DATA_DIR.path(), raws.get(SettingKey.DATA_DIR).show() + " is not a directory"
          + resolvedNote(SettingKey.DATA_DIR, dir));
    }
  }

  /** A client certificate without its key (or the reverse) cannot be used. */
  private void pair(SettingKey present, SettingKey missing) {
    if (values.containsKey(present) && !raws.containsKey(missing)) {
      problems.add(missing.path(), "is required because " + present.path() + " is set; set " + missing.path()
          + ", --" + missing.flag() + " or " + missing.envNames().get(1));
    }
  }

  /** For a relative path from the file, the absolute path it stands for. */
  private String resolvedNote(SettingKey key, Path resolved) {
    RawValue raw = raws.get(key);
    return raw.origin().isFile() ? Secrets.resolvedNote(raw.node().asText().strip(), resolved) : "";
  }

  private void readableFile(SettingKey key) {
    if (!(values.get(key) instanceof Path file)) {
      return;
    }
    String shown = raws.get(key).show();
    String note = resolvedNote(key, file);
    if (!Files.exists(file)) {
      problems.add(key.path(), shown + " does not exist" + note);
    } else if (Files.isDirectory(file)) {
      problems.add(key.path(), shown + " is a directory, not a file");
    } else if (!Files.isReadable(file)) {
      problems.add(key.path(), shown + " cannot be read" + note);
    }
  }
}
