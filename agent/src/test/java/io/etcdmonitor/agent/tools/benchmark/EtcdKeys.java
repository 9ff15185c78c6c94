package io.etcdmonitor.agent.tools.benchmark;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.GetOption;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Looks at etcd directly with jetcd, independently of the code under test. */
final class EtcdKeys {
  private EtcdKeys() {}

  static long countUnder(List<String> endpoints, String prefix) throws Exception {
    try (Client client = Client.builder().endpoints(endpoints.toArray(String[]::new)).build()) {
      return client.getKVClient()
          .get(ByteSequence.from(prefix, StandardCharsets.UTF_8), GetOption.builder().isPrefix(true).build())
          .get(10, TimeUnit.SECONDS)
          .getCount();
    }
  }

  /** The client URL of a member that does not lead, so pausing it stalls its clients but not the cluster. */
  static int followerIndex(List<String> endpoints) throws Exception {
    try (Client client = Client.builder().endpoints(endpoints.toArray(String[]::new)).build()) {
      for (int i = 0; i < endpoints.size(); i++) {
        var status = client.getMaintenanceClient().statusMember(endpoints.get(i)).get(10, TimeUnit.SECONDS);
        if (status.getLeader() != status.getHeader().getMemberId()) {
          return i;
        }
      }
    }
    throw new AssertionError("no follower among " + endpoints);
  }
}
