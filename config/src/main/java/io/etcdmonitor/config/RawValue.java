package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** A value before conversion, as a YAML node (flags and variables become text nodes), with its origin. */
record RawValue(JsonNode node, Origin origin) {
  String show() {
    return origin.show(node);
  }

  /**
   * {@code path} made absolute: a relative path from the file is relative to the file's directory, any other to
   * the working directory. Absolute paths make the effective configuration say exactly which file is used.
   */
  Path resolve(Path path) {
    if (origin instanceof Origin.File f) {
      return f.file().toAbsolutePath().getParent().resolve(path).normalize();
    }
    return path.toAbsolutePath().normalize();
  }
}
