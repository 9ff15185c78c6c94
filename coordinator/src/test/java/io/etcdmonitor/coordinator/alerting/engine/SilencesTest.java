package io.etcdmonitor.coordinator.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SilencesTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final Map<String, String> LABELS = Map.of("alertname", "etcdMembersDown", "member", "etcd2",
      "severity", "warning");

  private static SilenceRequest request(Matcher... matchers) {
    return new SilenceRequest(List.of(matchers), null, null, Duration.ofHours(2), "ops", "maintenance");
  }

  @Test
  void matchersSupportTheFourOperatorsWithAnchoredRegexes() {
    assertThat(new Matcher("member", "etcd2", false, true).matches(LABELS)).isTrue();
    assertThat(new Matcher("member", "etcd2", false, false).matches(LABELS)).isFalse();
    assertThat(new Matcher("member", "etcd[23]", true, true).matches(LABELS)).isTrue();
    assertThat(new Matcher("member", "etcd", true, true).matches(LABELS)).as("anchored").isFalse();
    assertThat(new Matcher("member", "etcd[13]", true, false).matches(LABELS)).isTrue();
    assertThat(new Matcher("partition", "", false, true).matches(LABELS)).as("absent means empty").isTrue();
    assertThat(new Matcher("member", "etcd[23]", true, false)).hasToString("member!~\"etcd[23]\"");
  }

  @Test
  void aBadRegexOrLabelNameIsRefusedWithTheReason() {
    assertThatThrownBy(() -> new Matcher("member", "etcd[", true, true))
        .hasMessageStartingWith("matcher member has an invalid regex 'etcd[': Unclosed character class");
    assertThatThrownBy(() -> new Matcher("1member", "x", false, true))
        .hasMessage("matcher name '1member' is not a label name");
  }

  @Test
  void aSilenceMutesMatchingAlertsUntilItEndsOrIsExpired() {
    Silences silences = new Silences(List.of());
    Silence s = silences.create(request(new Matcher("member", "etcd2", false, true)), NOW);

    assertThat(s.endsAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(silences.muting(LABELS, NOW.plusSeconds(60))).containsExactly(s.id());
    assertThat(silences.muting(Map.of("member", "etcd1"), NOW)).isEmpty();
    assertThat(silences.muting(LABELS, NOW.plus(Duration.ofHours(2)))).isEmpty();

    Silence expired = silences.expire(s.id(), NOW.plusSeconds(120)).orElseThrow();
    assertThat(expired.status(NOW.plusSeconds(120))).isEqualTo(Silence.Status.EXPIRED);
    assertThat(silences.muting(LABELS, NOW.plusSeconds(121))).isEmpty();
    assertThat(silences.expire("no-such-id", NOW)).isEmpty();
    assertThat(silences.all()).hasSize(1);
  }

  @Test
  void requestsThatWouldMuteEverythingOrNeverStartAreRefused() {
    Silences silences = new Silences(List.of());
    assertThatThrownBy(() -> silences.create(request(), NOW)).hasMessage("a silence needs at least one matcher");
    assertThatThrownBy(() -> silences.create(request(new Matcher("member", ".*", true, true)), NOW))
        .hasMessageStartingWith("at least one matcher must not match an empty label value");
    assertThatThrownBy(() -> silences.create(new SilenceRequest(List.of(new Matcher("member", "etcd2", false, true)),
        null, NOW.minusSeconds(5), null, "", ""), NOW)).hasMessage("endsAt must be after now");
    assertThatThrownBy(() -> silences.create(new SilenceRequest(List.of(new Matcher("member", "etcd2", false, true)),
        null, NOW.plusSeconds(5), Duration.ofHours(1), "", ""), NOW)).hasMessage("give either duration or endsAt");
    assertThatThrownBy(() -> silences.create(new SilenceRequest(List.of(new Matcher("member", "etcd2", false, true)),
        null, null, Duration.ZERO, "", ""), NOW)).hasMessage("duration must be positive");
  }

  @Test
  void silencesExpiredLongerThanTheRetentionAreForgotten() {
    Silences silences = new Silences(List.of());
    Silence s = silences.create(request(new Matcher("member", "etcd2", false, true)), NOW);
    silences.expire(s.id(), NOW);

    assertThat(silences.expireOld(NOW.plus(Duration.ofDays(4)))).isFalse();
    assertThat(silences.expireOld(NOW.plus(Duration.ofDays(6)))).isTrue();
    assertThat(silences.all()).isEmpty();
  }

  @Test
  void silencesFromAnotherCoordinatorMergeTheSameWhateverTheirOrder() {
    Silences here = new Silences(List.of());
    Silence created = here.create(request(new Matcher("member", "etcd2", false, true)), NOW);
    Silence expired = created.expired(NOW.plusSeconds(60));

    Silences inOrder = new Silences(List.of());
    assertThat(inOrder.merge(created)).isTrue();
    assertThat(inOrder.merge(expired)).isTrue();
    Silences reversed = new Silences(List.of());
    assertThat(reversed.merge(expired)).isTrue();
    assertThat(reversed.merge(created)).as("an older change loses").isFalse();
    assertThat(reversed.merge(expired)).as("a change already known changes nothing").isFalse();

    assertThat(inOrder.all()).containsExactly(expired);
    assertThat(reversed.all()).containsExactly(expired);
    Silence sameInstantLonger = new Silence(expired.id(), expired.matchers(), expired.startsAt(),
        expired.endsAt().plusSeconds(600), "ops", "", expired.updatedAt());
    assertThat(reversed.merge(sameInstantLonger)).as("of two changes at one instant the sooner end wins").isFalse();
  }
}
