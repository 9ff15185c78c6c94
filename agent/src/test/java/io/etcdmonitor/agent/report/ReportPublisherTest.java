package io.etcdmonitor.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.agent.FakeEtcd;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ServiceKeys;
import java.time.Instant;
import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ReportPublisherTest {
  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void anAggregatorThatAppearsLateGetsTheMemberListAtOnceAndThenEveryReport() {
    ActorRef<ReportPublisher.Command> publisher = testKit.spawn(ReportPublisher.create());
    MembershipReport members = new MembershipReport("v", "dc", List.of(FakeEtcd.member(1, "m1", 2379)), null,
        Instant.now());
    publisher.tell(new ReportPublisher.Publish(members));

    TestProbe<AgentReport> aggregator = testKit.createTestProbe();
    testKit.system().receptionist().tell(Receptionist.register(ServiceKeys.AGGREGATOR, aggregator.getRef()));

    assertThat(aggregator.expectMessageClass(MembershipReport.class)).isEqualTo(members);
    ProbeReport probe = new ProbeReport("v", "dc", 1, "http://127.0.0.1:2379", Instant.now(),
        new ProbeResult.TimedOut(1000));
    publisher.tell(new ReportPublisher.Publish(probe));
    assertThat(aggregator.expectMessageClass(ProbeReport.class)).isEqualTo(probe);
  }
}
