package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * Where a value came from. Problems show the value the way the user wrote it ({@code --api-port=70000},
 * {@code API_PORT=70000}, or {@code 70000} in the file), and the effective configuration says which layer won.
 */
sealed interface Origin {
  /** The built-in default. */
  record Default() implements Origin {
    @Override
    public String show(JsonNode value) {
      return Origin.scalar(value);
    }

    @Override
    public String label() {
      return "default";
    }
  }

  /** The YAML file; relative paths in it are relative to its directory. */
  record File(Path file) implements Origin {
    @Override
    public String show(JsonNode value) {
      return Origin.scalar(value);
    }

    @Override
    public String label() {
      return "file";
    }
  }

  /** An environment variable. */
  record Env(String variable) implements Origin {
    @Override
    public String show(JsonNode value) {
      return variable + "=" + value.asText();
    }

    @Override
    public String label() {
      return "env " + variable;
    }
  }

  /** A command-line flag. */
  record Flag(String flag) implements Origin {
    @Override
    public String show(JsonNode value) {
      return "--" + flag + "=" + value.asText();
    }

    @Override
    public String label() {
      return "--" + flag;
    }
  }

  /** The value as it should appear in a problem. */
  String show(JsonNode value);

  /** Where the value came from, for the effective configuration: {@code default}, {@code --api-port}, ... */
  String label();

  /** Only the file speaks YAML: strings there show quoted, numbers and booleans bare. */
  default boolean isFile() {
    return this instanceof File;
  }

  /** How a single element of a list from this origin is shown: {@code "a:1"} or {@code "a:1" in --endpoints}. */
  default String showElement(String element) {
    String quoted = quote(element);
    if (this instanceof Env e) {
      return quoted + " in " + e.variable();
    }
    return this instanceof Flag f ? quoted + " in --" + f.flag() : quoted;
  }

  static String scalar(JsonNode value) {
    return value.isTextual() ? quote(value.asText()) : value.asText();
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
