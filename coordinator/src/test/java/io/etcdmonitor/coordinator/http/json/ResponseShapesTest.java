package io.etcdmonitor.coordinator.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.http.Views;
import io.etcdmonitor.protocol.ClusterTelemetry;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseShapesTest {

  @Test
  void incompleteViewIsNeverHealthyAndAlwaysSaysWhy() {
    ClusterView incomplete = new ClusterView(Views.UPDATED, false, true, List.of(), Views.ID1, 3, 3, 2, 2, 0,
        List.of(), List.of(), List.of(Views.up(Views.ID1, 1, Views.ID1, 1.0)), ClusterTelemetry.NONE);

    HealthResponse health = HealthResponse.from(incomplete);

    assertThat(health.healthy()).isFalse();
    assertThat(health.reasons()).containsExactly("waiting for the first probe of every member");
    assertThat(ClusterStatusResponse.from(incomplete).healthy()).isFalse();
  }

  @Test
  void leaderMissingFromTheMemberListStillHasItsId() {
    ClusterView view = new ClusterView(Views.UPDATED, true, true, List.of(), 0xabcL, 1, 1, 1, 1, 0, List.of(),
        List.of(), List.of(Views.up(Views.ID1, 1, 0xabcL, 1.0)), ClusterTelemetry.NONE);

    LeaderResponse leader = LeaderResponse.from(view).orElseThrow();

    assertThat(leader).isEqualTo(new LeaderResponse("abc", null, List.of(), null, 0, null));
  }

  @Test
  void noLeaderMeansNoLeaderResponse() {
    assertThat(LeaderResponse.from(Views.noLeader())).isEmpty();
  }

  @Test
  void memberThatHasNotStartedShowsEmptyNameAndItsLearnerFlag() {
    MemberJson member = MemberJson.from(Views.notStarted(Views.ID3));

    assertThat(member.id()).isEqualTo(MemberIds.toHex(Views.ID3));
    assertThat(member.name()).isEmpty();
    assertThat(member.clientUrls()).isEmpty();
    assertThat(member.isLearner()).isTrue();
    assertThat(member.version()).isNull();
    assertThat(member.dbSize()).isNull();
  }
}
