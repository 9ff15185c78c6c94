package io.etcdmonitor.agent.tools.snapshot;

import java.util.List;

/**
 * A table in the layout etcdctl's {@code -w table} produces (its tablewriter with right-aligned cells): headers
 * centred, cells right-aligned, one space of padding, {@code +---+} rules above and below the header and at the end.
 */
final class EtcdctlTable {
  private EtcdctlTable() {}

  static String render(List<String> headers, List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder rule = new StringBuilder("+");
    for (int width : widths) {
      rule.append("-".repeat(width + 2)).append('+');
    }
    rule.append('\n');
    StringBuilder out = new StringBuilder(rule);
    out.append('|');
    for (int c = 0; c < widths.length; c++) {
      int gap = widths[c] - headers.get(c).length();
      out.append(' ').append(" ".repeat(gap / 2)).append(headers.get(c)).append(" ".repeat(gap - gap / 2))
          .append(" |");
    }
    out.append('\n').append(rule);
    for (List<String> row : rows) {
      out.append('|');
      for (int c = 0; c < widths.length; c++) {
        out.append(' ').append(" ".repeat(widths[c] - row.get(c).length())).append(row.get(c)).append(" |");
      }
      out.append('\n');
    }
    return out.append(rule).toString();
  }
}
