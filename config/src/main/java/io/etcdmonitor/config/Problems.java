package io.etcdmonitor.config;

import java.util.ArrayList;
import java.util.List;

/** Collects problems in the order they are found, so validation can go on after the first. */
final class Problems {
  private final List<ConfigProblem> list = new ArrayList<>();

  void add(String path, String message) {
    list.add(new ConfigProblem(path, message));
  }

  /** A problem with a value: {@code path: <value as shown by its origin> <predicate>}. */
  void bad(String path, RawValue value, BadValue why) {
    add(path, value.show() + " " + why.predicate());
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  void throwIfAny() throws ConfigException {
    if (!list.isEmpty()) {
      throw new ConfigException(list);
    }
  }
}
