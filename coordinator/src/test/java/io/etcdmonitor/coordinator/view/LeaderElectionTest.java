package io.etcdmonitor.coordinator.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.MemberStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderElectionTest {
  private static MemberStatus says(long leader, long term) {
    return new MemberStatus("3.4.23", leader, term, 1, 1, 1, 1, false, List.of());
  }

  @Test
  void membersThatSawTheElectionWinOverThoseStillNamingTheOldLeader() {
    assertThat(LeaderElection.from(List.of(says(1, 2), says(3, 3), says(3, 3))))
        .isEqualTo(new LeaderElection(3, 3));
  }

  @Test
  void aCandidateAtANewTermMeansNoLeaderYet() {
    assertThat(LeaderElection.from(List.of(says(1, 2), says(0, 3)))).isEqualTo(new LeaderElection(0, 3));
  }

  @Test
  void nobodyAnsweringMeansNoLeader() {
    assertThat(LeaderElection.from(List.of())).isEqualTo(LeaderElection.NONE);
  }

  @Test
  void aTieAtTheTopTermPrefersTheNamedLeader() {
    assertThat(LeaderElection.from(List.of(says(0, 5), says(7, 5)))).isEqualTo(new LeaderElection(7, 5));
  }
}
