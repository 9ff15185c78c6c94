package io.etcdmonitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a secret of an alert channel from exactly one of its three sources: inline ({@code password}), a file
 * ({@code password_file}, trimmed, as Docker and Kubernetes mount secrets) or an environment variable
 * ({@code password_env}). Problems name the entry and the key, never the secret; nor the file or variable name
 * when it looks like neither (someone who writes {@code password_env: hunter2} has written the secret there).
 */
final class Secrets {
  private static final Pattern VARIABLE = Pattern.compile("[A-Z_][A-Z0-9_]*");
  private final Map<String, String> env;
  private final Problems problems;

  Secrets(Map<String, String> env, Problems problems) {
    this.env = env;
    this.problems = problems;
  }

  /** The keys a secret named {@code key} may be given by. */
  static List<String> sourceKeys(String key) {
    return List.of(key, key + "_file", key + "_env");
  }

  /**
   * The secret, or null when it is absent (after recording a problem if it was required) or unusable.
   *
   * @param label the entry, for example {@code alerts[0] (slack)}
   * @param prefix the path prefix of the entry's keys, for example {@code alerts[0].}
   */
  Secret read(JsonNode entry, String key, boolean required, String label, String prefix, RawValue anchor) {
    List<String> given = new ArrayList<>();
    for (String source : sourceKeys(key)) {
      if (entry.has(source)) {
        given.add(source);
      }
    }
    if (given.size() > 1) {
      problems.add(label, "give only one of " + String.join(", ", sourceKeys(key)));
      return null;
    }
    if (given.isEmpty()) {
      if (required) {
        problems.add(label, key + " is required (or " + key + "_file / " + key + "_env)");
      }
      return null;
    }
    String source = given.get(0);
    String path = prefix + source;
    JsonNode node = entry.get(source);
    if (node.isContainerNode() || node.isBoolean()) {
      problems.add(path, "expected a string, found " + Shapes.describe(node));
      return null;
    }
    if (Shapes.isEmpty(node)) {
      problems.add(path, "has no value");
      return null;
    }
    String text = node.asText().strip();
    if (source.equals(key)) {
      return Secret.of(text);
    }
    return source.endsWith("_env") ? fromEnv(text, path) : fromFile(text, path, anchor);
  }

  private Secret fromEnv(String variable, String path) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      problems.add(path, VARIABLE.matcher(variable).matches() ? variable + " is not set"
          : "names a variable that is not set (name hidden: it does not look like a variable name, "
              + "so it may be the secret itself)");
      return null;
    }
    return Secret.fromEnv(value.strip(), variable);
  }

  private Secret fromFile(String written, String path, RawValue anchor) {
    Path file;
    try {
      file = anchor.resolve(Path.of(written));
    } catch (InvalidPathException e) {
      fileProblem(path, written, null, "is not a valid path");
      return null;
    }
    if (Files.isDirectory(file)) {
      fileProblem(path, written, null, "is a directory");
      return null;
    }
    try {
      String content = Files.readString(file).strip();
      if (content.isEmpty()) {
        fileProblem(path, written, null, "is empty");
        return null;
      }
      return Secret.fromFile(content, file);
    } catch (NoSuchFileException e) {
      fileProblem(path, written, file, "does not exist");
    } catch (AccessDeniedException e) {
      fileProblem(path, written, null, "cannot be read: permission denied");
    } catch (IOException e) {
      fileProblem(path, written, null, "cannot be read: " + e.getClass().getSimpleName());
    }
    return null;
  }

  /** Names the file only if it looks like a path: {@code password_file: hunter2} holds the secret itself. */
  private void fileProblem(String path, String written, Path resolved, String predicate) {
    if (written.contains("/") || written.contains(".")) {
      problems.add(path, Origin.quote(written) + " " + predicate
          + (resolved == null ? "" : resolvedNote(written, resolved)));
    } else {
      problems.add(path, predicate + " (path hidden: it does not look like a path, so it may be the secret itself)");
    }
  }

  static String resolvedNote(String written, Path resolved) {
    return Path.of(written).isAbsolute() ? "" : " (resolved to " + resolved + ")";
  }
}
