package io.etcdmonitor.config;

/** The kinds of value a {@link SettingKey} holds; each knows how it is shown in {@code --help} and in errors. */
public enum ValueType {
  DURATION("<duration>", "a duration"),
  DURATION_OR_ZERO("<duration>", "a duration"),
  ENDPOINTS("<endpoint,...>", "a list of endpoints"),
  HOST_PORTS("<host:port,...>", "a list of host:port"),
  NAMED_URLS("<name=url,...>", "a list of name=url"),
  NAMED_ENDPOINTS("<name=url,...>", "a list of name=url"),
  NAMED_DATACENTERS("<name=dc,...>", "a list of name=datacenter"),
  PATH("<path>", "a path"),
  BOOLEAN("<true|false>", "true or false"),
  PORT("<port>", "a port number"),
  PORT_OR_ZERO("<port>", "a port number"),
  POSITIVE_INT("<n>", "a whole number"),
  NON_NEGATIVE_INT("<n>", "a whole number"),
  POSITIVE_LONG("<n>", "a whole number"),
  FRACTION("<0..1>", "a number"),
  PERCENT("<0..100>", "a number"),
  NON_NEGATIVE_NUMBER("<n>", "a number"),
  HOST("<host>", "a host name or address"),
  NAME("<name>", "a name"),
  TEXT("<text>", "a string"),
  LOG_LEVEL("<level>", "a log level"),
  LOG_FORMAT("<text|json>", "text or json");

  private final String paramLabel;
  private final String noun;

  ValueType(String paramLabel, String noun) {
    this.paramLabel = paramLabel;
    this.noun = noun;
  }

  /** How the value is named after a flag in {@code --help}, for example {@code <duration>}. */
  public String paramLabel() {
    return paramLabel;
  }

  /** What was expected, for "expected a duration, found a list". */
  String noun() {
    return noun;
  }

  boolean isList() {
    return this == ENDPOINTS || this == HOST_PORTS || this == NAMED_URLS || this == NAMED_ENDPOINTS
        || this == NAMED_DATACENTERS;
  }
}
