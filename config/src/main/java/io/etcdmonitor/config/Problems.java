package io.etcdmonitor.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects problems in the order they are found, so validation can go on after the first. */
final class Problems {
  private static final Pattern SERVICE_LINK = Pattern.compile("(tcp|udp|sctp)://.*");
  private final List<ConfigProblem> list = new ArrayList<>();

  void add(String path, String message) {
    list.add(new ConfigProblem(path, message));
  }

  /**
   * A problem with a value: {@code path: <value as shown by its origin> <predicate>}. A variable holding
   * {@code tcp://host:port} was most likely set by Kubernetes for a Service of the same name (a Service
   * {@code api} sets {@code API_PORT}), so the message says how to get out of its way.
   */
  void bad(String path, RawValue value, BadValue why) {
    String hint = "";
    if (value.origin() instanceof Origin.Env env && SERVICE_LINK.matcher(value.node().asText()).matches()) {
      String variable = env.variable();
      hint = "; Kubernetes sets " + variable + " for a Service: " + (variable.startsWith(SettingKey.ENV_PREFIX)
          ? "rename the Service" : "use " + SettingKey.ENV_PREFIX + variable) + " or enableServiceLinks: false";
    }
    add(path, value.show() + " " + why.predicate() + hint);
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
