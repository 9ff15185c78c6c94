package io.etcdmonitor.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the live member list from a peer's {@code /members} endpoint and writes the {@code --initial-cluster} a joining
 * member needs. etcd refuses to join unless that list matches its membership exactly, so it is read, never guessed.
 */
final class PeerMembership {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2))
      .build();

  private PeerMembership() {}

  static String fetchMembersJson(URI peerUrl) {
    HttpRequest request = HttpRequest.newBuilder(peerUrl.resolve("/members")).timeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new EtcdClusterException("GET " + request.uri() + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new EtcdClusterException("cannot read the member list from " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EtcdClusterException("interrupted while reading the member list from " + request.uri(), e);
    }
  }

  /**
   * Builds {@code name=peerUrl,...} the way {@code etcdctl member add} prints it: the joining member, which has no name
   * yet in the list, gets {@code newName}.
   */
  static String initialCluster(String membersJson, String newName, URI newPeerUrl) {
    JsonNode members;
    try {
      members = JSON.readTree(membersJson);
    } catch (IOException e) {
      throw new EtcdClusterException("unexpected /members answer: " + membersJson, e);
    }
    List<String> entries = new ArrayList<>();
    boolean found = false;
    for (JsonNode member : members) {
      for (JsonNode peerUrl : member.path("peerURLs")) {
        boolean isNew = peerUrl.asText().equals(newPeerUrl.toString());
        found |= isNew;
        entries.add((isNew ? newName : member.path("name").asText("")) + "=" + peerUrl.asText());
      }
    }
    if (!found) {
      throw new EtcdClusterException("the cluster has no member with peer URL " + newPeerUrl
          + "; call MemberAdd with that peer URL before startNewMember. Members: " + membersJson);
    }
    return String.join(",", entries);
  }
}
