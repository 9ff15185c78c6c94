package io.etcdmonitor.agent.metrics;

import io.etcdmonitor.agent.metrics.PrometheusTextParser.Malformed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Routes parsed lines to their metric families and gathers histogram series, rejecting a line that
 * contradicts what its family declared (a second TYPE, a bucket without {@code le}) before it changes anything.
 */
final class FamilyAssembler {
  private final Map<String, FamilyBuilder> families = new LinkedHashMap<>();
  private final List<ParseProblem> problems = new ArrayList<>();
  private final Map<String, Double> bounds = new HashMap<>();
  private int malformedLines;
  private int samples;
  private FamilyBuilder current;

  void problem(int lineNumber, String reason) {
    malformedLines++;
    if (problems.size() < ParsedMetrics.MAX_PROBLEMS) {
      problems.add(new ParseProblem(lineNumber, reason));
    }
  }

  void declareHelp(String name, String help) throws Malformed {
    FamilyBuilder family = families.computeIfAbsent(name, this::newFamily);
    if (family.help != null) {
      throw new Malformed("second HELP for " + name);
    }
    family.help = help;
    current = family;
  }

  void declareType(String name, MetricType type) throws Malformed {
    FamilyBuilder family = families.computeIfAbsent(name, this::newFamily);
    if (family.typeDeclared) {
      throw new Malformed("second TYPE for " + name);
    }
    if (!family.samples.isEmpty()) {
      throw new Malformed("TYPE for " + name + " after its samples");
    }
    family.type = type;
    family.typeDeclared = true;
    current = family;
  }

  void sample(String text, int nameStart, int nameEnd, Labels labels, double value, OptionalLong timestamp)
      throws Malformed {
    int role = current == null ? FamilyBuilder.NO_MATCH : current.match(text, nameStart, nameEnd);
    if (role == FamilyBuilder.NO_MATCH) {
      role = route(text.substring(nameStart, nameEnd));
    }
    current.add(role, labels, value, timestamp);
    samples++;
  }

  /** Finds or creates the family of a sample name that is not the current family's, and makes it current. */
  private int route(String name) {
    FamilyBuilder family = families.get(name);
    if (family != null) {
      current = family;
      return FamilyBuilder.PLAIN;
    }
    for (String suffix : FamilyBuilder.SUFFIXES) {
      if (name.endsWith(suffix)) {
        FamilyBuilder base = families.get(name.substring(0, name.length() - suffix.length()));
        int role = base == null ? FamilyBuilder.NO_MATCH : base.match(name, 0, name.length());
        if (role != FamilyBuilder.NO_MATCH) {
          current = base;
          return role;
        }
      }
    }
    current = newFamily(name);
    families.put(name, current);
    return FamilyBuilder.PLAIN;
  }

  private FamilyBuilder newFamily(String name) {
    return new FamilyBuilder(name, bounds);
  }

  ParsedMetrics build(int lines) {
    Map<String, MetricFamily> built = new HashMap<>(families.size() * 2);
    for (FamilyBuilder family : families.values()) {
      built.put(family.name, family.build());
    }
    return new ParsedMetrics(built, lines, samples, malformedLines, problems);
  }
}
