package io.etcdmonitor.benchmarks;

import io.etcdmonitor.protocol.ProbeReport;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializers;

/**
 * What a probe report costs on its way in, before the aggregator sees it: its size in Pekko's CBOR binding and the
 * time to decode it, which a coordinator spends on its remoting threads for each report.
 */
final class WireCost {
  /** Bytes of one encoded report and the mean decoding time over the run. */
  record Result(int bytes, double decodeMicros) {}

  private WireCost() {}

  static Result measure(ActorSystem<Void> system, ProbeReport report, int decodes) {
    Serialization serialization = SerializationExtension.get(system.classicSystem());
    byte[] bytes = serialization.serialize(report).get();
    var serializer = serialization.findSerializerFor(report);
    String manifest = Serializers.manifestFor(serializer, report);
    int id = serializer.identifier();
    if (!serialization.deserialize(bytes, id, manifest).get().equals(report)) {
      throw new IllegalStateException("a probe report does not survive CBOR: " + report);
    }
    for (int i = 0; i < decodes / 10; i++) {
      serialization.deserialize(bytes, id, manifest).get();
    }
    long start = System.nanoTime();
    for (int i = 0; i < decodes; i++) {
      serialization.deserialize(bytes, id, manifest).get();
    }
    long elapsed = System.nanoTime() - start;
    return new Result(bytes.length, elapsed / 1000.0 / decodes);
  }
}
