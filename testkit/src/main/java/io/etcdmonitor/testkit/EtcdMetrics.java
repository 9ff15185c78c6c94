package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One scrape of a member's own {@code /metrics}, read plainly, so that a test can confirm a fault the way etcd itself
 * reports it ({@code etcd_server_has_leader}, {@code etcd_network_active_peers}, ...) without trusting the code under
 * test to parse it.
 */
public final class EtcdMetrics {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(1))
      .build();

  private final List<String> samples;

  private EtcdMetrics(List<String> samples) {
    this.samples = samples;
  }

  /** Reads the member's metrics listener, which answers even while the member has no leader. */
  public static EtcdMetrics scrape(EtcdMember member) {
    HttpRequest request = HttpRequest.newBuilder(member.metricsUrl().resolve("/metrics"))
        .timeout(Duration.ofSeconds(2)).GET().build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new EtcdClusterException(member.name() + " answered /metrics with " + response.statusCode());
      }
      List<String> samples = new ArrayList<>();
      response.body().lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(samples::add);
      return new EtcdMetrics(samples);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /metrics of " + member.name(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdClusterException("interrupted while reading /metrics of " + member.name(), e);
    }
  }

  /** The value of an unlabelled series, such as {@code etcd_server_has_leader}. */
  public OptionalDouble value(String name) {
    return samples.stream().filter(s -> s.startsWith(name + " ")).mapToDouble(EtcdMetrics::valueOf).findFirst();
  }

  /** The sum over every series of {@code name} whose labels contain each of {@code labels} ({@code key="value"}). */
  public double sum(String name, String... labels) {
    return samples.stream()
        .filter(s -> s.startsWith(name + "{") || s.startsWith(name + " "))
        .filter(s -> List.of(labels).stream().allMatch(s::contains))
        .mapToDouble(EtcdMetrics::valueOf)
        .sum();
  }

  private static double valueOf(String sample) {
    int labelsEnd = sample.lastIndexOf('}');
    String rest = labelsEnd >= 0 ? sample.substring(labelsEnd + 1) : sample.substring(sample.indexOf(' '));
    String[] parts = rest.trim().split("\\s+");
    return Double.parseDouble(parts[0]);
  }
}
