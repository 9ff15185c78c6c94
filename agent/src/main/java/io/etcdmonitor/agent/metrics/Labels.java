package io.etcdmonitor.agent.metrics;

import java.util.Arrays;

/**
 * The label set of one sample, kept as a flat array because etcd's series carry at most a handful of labels
 * and a linear scan beats a map at that size.
 */
public final class Labels {
  public static final Labels EMPTY = new Labels(new String[0]);

  private final String[] namesAndValues;

  private Labels(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /** Labels from alternating names and values: {@code of("To", "8e9e05c52164694d")}. */
  public static Labels of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("labels need name/value pairs, got " + namesAndValues.length + " strings");
    }
    return namesAndValues.length == 0 ? EMPTY : new Labels(namesAndValues.clone());
  }

  /** Takes ownership of the array; the parser hands over a fresh copy. */
  static Labels wrap(String[] namesAndValues) {
    return namesAndValues.length == 0 ? EMPTY : new Labels(namesAndValues);
  }

  public int size() {
    return namesAndValues.length / 2;
  }

  public boolean isEmpty() {
    return namesAndValues.length == 0;
  }

  public String name(int index) {
    return namesAndValues[2 * index];
  }

  public String value(int index) {
    return namesAndValues[2 * index + 1];
  }

  /** The value of the named label, or null when the sample does not carry it. */
  public String get(String name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equals(name)) {
        return namesAndValues[i + 1];
      }
    }
    return null;
  }

  /** True when this set equals {@code other} once the label {@code ignored} is removed from this set. */
  boolean equalsIgnoring(String ignored, Labels other) {
    int j = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equals(ignored)) {
        continue;
      }
      if (j >= other.namesAndValues.length
          || !namesAndValues[i].equals(other.namesAndValues[j])
          || !namesAndValues[i + 1].equals(other.namesAndValues[j + 1])) {
        return false;
      }
      j += 2;
    }
    return j == other.namesAndValues.length;
  }

  /** This set without the named label. */
  public Labels without(String name) {
    int index = -1;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equals(name)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      return this;
    }
    String[] rest = new String[namesAndValues.length - 2];
    System.arraycopy(namesAndValues, 0, rest, 0, index);
    System.arraycopy(namesAndValues, index + 2, rest, index, rest.length - index);
    return wrap(rest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Labels other && Arrays.equals(namesAndValues, other.namesAndValues);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(namesAndValues);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(namesAndValues[i]).append("=\"").append(escape(namesAndValues[i + 1])).append('"');
    }
    return sb.append('}').toString();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
