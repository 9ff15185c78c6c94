package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {
  @ParameterizedTest
  @CsvSource({
      "localhost:2379, false, http://localhost:2379",
      "localhost:2379, true, https://localhost:2379",
      "http://etcd1:2379, true, http://etcd1:2379",
      "https://etcd1:2379, false, https://etcd1:2379",
      "HTTPS://etcd1:2379/, false, https://etcd1:2379",
      "10.0.0.1:2379, false, http://10.0.0.1:2379",
      "[::1]:2379, false, http://[::1]:2379",
      "https://[fe80::1%eth0]:2379, false, https://[fe80::1%eth0]:2379",
      "etcd-0.etcd.kube-system.svc:2379, true, https://etcd-0.etcd.kube-system.svc:2379"})
  void normalisesToAUrl(String text, boolean tls, String url) throws BadValue {
    assertThat(Addresses.endpoint(text).url(tls)).isEqualTo(url);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "localhost:99999 | has port 99999, outside 1..65535",
      "localhost:0 | has port 0, outside 1..65535",
      "http:// | has no host",
      ":2379 | has no host",
      "'' | has no host",
      "ftp://x:1 | has scheme ftp; use http:// or https://",
      "unix:///var/run/etcd.sock | has scheme unix; use http:// or https://",
      "localhost | has no port (example: localhost:2379)",
      "localhost: | has no port",
      "localhost:http | has port http, which is not a number",
      "http://etcd1:2379/v3 | has a path; write only host:port or scheme://host:port",
      "::1:2379 | has an IPv6 address without brackets (example: [::1]:2379)",
      "[::1 | has an unclosed '[' in its IPv6 address",
      "[::1] | has no port (example: [::1]:2379)",
      "[etcd1]:2379 | has brackets around something that is not an IPv6 address",
      "etcd_1..x:2379 | is not a host name or IP address",
      "bad host:2379 | is not a host name or IP address"})
  void refusesMalformedEndpoints(String text, String message) {
    assertThatThrownBy(() -> Addresses.endpoint(text)).isInstanceOf(BadValue.class).hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10.0.0.5 | has no port (example: 10.0.0.5:25520)",
      "pekko://etcd-monitor@10.0.0.5:25520 | is not host:port (example: 10.0.0.5:25520)"})
  void refusesSeedsThatAreNotHostPort(String text, String message) {
    assertThatThrownBy(() -> Addresses.hostPort(text)).hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({"10.0.0.5:25520", "coordinator-1.example:7355", "[::1]:25520"})
  void acceptsSeeds(String text) throws BadValue {
    assertThat(Addresses.hostPort(text)).isEqualTo(text);
  }
}
