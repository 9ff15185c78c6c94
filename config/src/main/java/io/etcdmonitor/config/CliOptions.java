package io.etcdmonitor.config;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Puts every {@link SettingKey} on a picocli command as a flag, grouped under headings in {@code --help} with its
 * default and environment variable, and reads the flags given back as the map {@link ConfigLoader} takes.
 * Options are plain strings: converting and validating is the loader's job, so a bad flag is reported with every
 * other problem instead of stopping picocli at the first.
 */
public final class CliOptions {
  private CliOptions() {}

  /** How the layers combine, shown under the options unless the command has a footer of its own. */
  static final String FOOTER = "%nPrecedence: flags > environment variables > the --config file > defaults. Each "
      + "variable may also be written with the prefix " + SettingKey.ENV_PREFIX + ", which wins over the bare one."
      + " Durations are written like 500ms, 5s, 1m30s, 1h.";

  /**
   * Adds the options of every setting to {@code spec}, one group per {@link SettingKey.Section}, and makes its
   * usage help list options in registry order under an abbreviated synopsis ({@code [OPTIONS]}): thirty options
   * spelled out in the synopsis and sorted alphabetically would hide the grouping.
   */
  public static CommandSpec addTo(CommandSpec spec) {
    spec.usageMessage().sortOptions(false).abbreviateSynopsis(true);
    if (spec.usageMessage().footer().length == 0) {
      spec.usageMessage().footer(FOOTER);
    }
    for (SettingKey.Section section : SettingKey.Section.values()) {
      ArgGroupSpec.Builder group =
          ArgGroupSpec.builder().heading("%n" + section.heading() + ":%n").exclusive(false).validate(false);
      for (SettingKey key : SettingKey.values()) {
        if (key.section() == section) {
          group.addArg(option(key));
        }
      }
      spec.addArgGroup(group.build());
    }
    return spec;
  }

  /** The flags given on the command line, keyed by flag name without dashes, as {@link ConfigLoader} wants. */
  public static Map<String, String> collect(ParseResult parsed) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (SettingKey key : SettingKey.values()) {
      OptionSpec option = parsed.matchedOption("--" + key.flag());
      if (option != null) {
        flags.put(key.flag(), option.getValue());
      }
    }
    return flags;
  }

  private static OptionSpec option(SettingKey key) {
    OptionSpec.Builder option = OptionSpec.builder("--" + key.flag())
        .type(String.class)
        .paramLabel(key.type().paramLabel())
        .order(key.ordinal())
        .description(key.description() + " (default: " + key.defaultText() + ")",
            "env: " + key.envNames().get(1) + (key.path() == null ? "" : ", file: " + key.path()));
    if (key.type() == ValueType.BOOLEAN) {
      option.arity("0..1").fallbackValue("true");
    } else {
      option.arity("1");
    }
    return option.build();
  }
}
