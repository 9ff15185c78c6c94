package io.etcdmonitor.coordinator.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.coordinator.http.Views;
import io.etcdmonitor.protocol.ClusterTelemetry;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberTelemetry;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.ReadCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointHealthJsonTest {
  static ClusterView viewOf(MemberView... members) {
    return new ClusterView(Views.UPDATED, true, false, List.of("x"), Views.ID1, members.length, members.length, 1, 1,
        0, List.of(), List.of(), List.of(members), ClusterTelemetry.NONE);
  }

  static MemberView withRead(MemberView member, ReadCheck read) {
    return new MemberView(member.info(), member.reachable(), member.leader(), member.status(),
        member.lastProbeLatencyMs(), member.lastError(), read, member.lastProbedAt(), member.endpoint(),
        MemberTelemetry.NONE);
  }

  @Test
  void reachableMemberWhoseReadFailedReportsTheReadError() {
    MemberView member = withRead(Views.up(Views.ID1, 1, 0, 1.0), ReadCheck.failed(12.5, "etcdserver: no leader"));

    EndpointHealthJson health = EndpointHealthJson.from(member);

    assertThat(health).isEqualTo(
        new EndpointHealthJson("http://127.0.0.1:2389", false, 12.5, "etcdserver: no leader"));
  }

  @Test
  void unreachableMemberIsUnhealthyEvenIfItsLastReadSucceeded() {
    MemberView member = withRead(Views.down(Views.ID2, 2, 0, "connection refused"), ReadCheck.succeeded(0.5));

    EndpointHealthJson health = EndpointHealthJson.from(member);

    assertThat(health.health()).isFalse();
    assertThat(health.error()).isEqualTo("connection refused");
  }

  @Test
  void memberWithoutAReadYetSaysSo() {
    MemberView member = withRead(Views.up(Views.ID1, 1, 0, 1.0), null);

    EndpointHealthJson health = EndpointHealthJson.from(member);

    assertThat(health).isEqualTo(new EndpointHealthJson("http://127.0.0.1:2389", false, null, "not checked yet"));
  }

  @Test
  void memberThatHasNotStartedIsNotAnEndpoint() {
    ClusterView view = viewOf(Views.up(Views.ID1, 1, Views.ID1, 1.0), Views.notStarted(Views.ID3));

    assertThat(EndpointHealthJson.from(view)).extracting(EndpointHealthJson::endpoint)
        .containsExactly("http://127.0.0.1:2389");
  }
}
