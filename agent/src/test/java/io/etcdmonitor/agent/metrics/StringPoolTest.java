package io.etcdmonitor.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringPoolTest {

  @Test
  void givesOneInstanceForTheSameCharactersWhereverTheyAppear() {
    StringPool pool = new StringPool();
    String text = "grpc_method=Range grpc_method=Range grpc_method=Put";

    String first = pool.get(text, 12, 17);
    String second = pool.get(text, 30, 35);
    String other = pool.get(text, 48, 51);

    assertThat(first).isEqualTo("Range").isSameAs(second);
    assertThat(other).isEqualTo("Put");
  }

  @Test
  void keepsEveryEntryAcrossGrowth() {
    StringPool pool = new StringPool();
    StringBuilder text = new StringBuilder();
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      int start = text.length();
      text.append("v").append(i).append(' ');
      ranges.add(new int[] {start, text.length() - 1});
    }
    String all = text.toString();
    List<String> firstPass = new ArrayList<>();
    for (int[] range : ranges) {
      firstPass.add(pool.get(all, range[0], range[1]));
    }

    for (int i = 0; i < ranges.size(); i++) {
      String again = pool.get(all, ranges.get(i)[0], ranges.get(i)[1]);
      assertThat(again).isEqualTo("v" + i).isSameAs(firstPass.get(i));
    }
  }
}
