package io.etcdmonitor.coordinator.alerting.engine;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One condition of a silence on one label, as in Alertmanager: {@code =}, {@code !=}, {@code =~}, {@code !~}.
 * A regex must match the whole value; a missing label has the empty value.
 */
public final class Matcher {
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private final String name;
  private final String value;
  private final boolean isRegex;
  private final boolean isEqual;
  private final Pattern pattern;

  /** @throws IllegalArgumentException naming what is wrong: the label name, or the regex and why */
  public Matcher(String name, String value, boolean isRegex, boolean isEqual) {
    if (name == null || !LABEL_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("matcher name " + (name == null ? "is missing" : "'" + name
          + "' is not a label name"));
    }
    this.name = name;
    this.value = Objects.requireNonNull(value, "value");
    this.isRegex = isRegex;
    this.isEqual = isEqual;
    try {
      this.pattern = isRegex ? Pattern.compile("^(?:" + value + ")$") : null;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("matcher " + name + " has an invalid regex '" + value + "': "
          + e.getDescription(), e);
    }
  }

  public boolean matches(Map<String, String> labels) {
    String actual = labels.getOrDefault(name, "");
    boolean matched = isRegex ? pattern.matcher(actual).matches() : actual.equals(value);
    return matched == isEqual;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  public boolean isRegex() {
    return isRegex;
  }

  public boolean isEqual() {
    return isEqual;
  }

  /** {@code member=~"etcd[12]"}. */
  @Override
  public String toString() {
    String operator = isRegex ? (isEqual ? "=~" : "!~") : (isEqual ? "=" : "!=");
    return name + operator + "\"" + value + "\"";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matcher m && m.name.equals(name) && m.value.equals(value) && m.isRegex == isRegex
        && m.isEqual == isEqual;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, isRegex, isEqual);
  }
}
