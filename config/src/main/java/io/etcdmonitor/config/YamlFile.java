package io.etcdmonitor.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the YAML file into a tree. Every way that can fail (missing, unreadable, not YAML, not a mapping)
 * becomes exactly one problem naming the file, with line and column for syntax errors; there is no point
 * validating keys of a file that could not be read.
 */
final class YamlFile {
  private static final ObjectMapper YAML =
      new ObjectMapper(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private YamlFile() {}

  /** The top-level mapping, or null after recording the one problem under the file's name as given. */
  static ObjectNode read(Path file, RawValue namedBy, Problems problems) {
    String where = namedBy.node().asText().strip();
    String text;
    try {
      if (Files.isDirectory(file)) {
        problems.add(where, "is a directory, not a config file (named by " + namedBy.origin().label() + ")");
        return null;
      }
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      problems.add(where, "config file does not exist (named by " + namedBy.origin().label() + ")");
      return null;
    } catch (AccessDeniedException e) {
      problems.add(where, "config file cannot be read: permission denied");
      return null;
    } catch (CharacterCodingException e) {
      problems.add(where, "config file is not UTF-8 text");
      return null;
    } catch (IOException e) {
      problems.add(where, "config file cannot be read: " + e.getClass().getSimpleName());
      return null;
    }
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      problems.add(where, syntaxError(e));
      return null;
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!root.isObject()) {
      problems.add(where, "expected a mapping of settings at the top level, found " + Shapes.describe(root));
      return null;
    }
    return (ObjectNode) root;
  }

  private static String syntaxError(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      String message = at(yaml.getProblemMark()) + ": " + yaml.getProblem();
      if (yaml.getContext() != null && yaml.getContextMark() != null) {
        message += " (" + yaml.getContext() + " at " + at(yaml.getContextMark()) + ")";
      }
      return message.replace('\n', ' ');
    }
    String original = e.getOriginalMessage();
    if (original.startsWith("Duplicate field ")) {
      original = "duplicate key " + original.substring("Duplicate field ".length()).replace('\'', '"');
    }
    return "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + original;
  }

  private static String at(Mark mark) {
    return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }
}
