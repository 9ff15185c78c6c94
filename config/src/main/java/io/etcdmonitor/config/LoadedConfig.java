package io.etcdmonitor.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Validated settings together with where each came from, so {@code check-config} can answer "why is this value
 * in force?" as well as "what is in force?".
 *
 * @param configFile the YAML file read, if any
 * @param origins for every key: {@code default}, {@code file}, {@code env API_PORT} or {@code --api-port}
 */
public record LoadedConfig(MonitorSettings settings, Optional<Path> configFile, Map<SettingKey, String> origins) {
  public LoadedConfig {
    origins = Map.copyOf(origins);
  }
}
