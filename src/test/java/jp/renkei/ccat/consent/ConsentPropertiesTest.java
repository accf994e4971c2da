package jp.renkei.ccat.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;

/**
 * Random histories of grants, refusals and withdrawals across document versions, checked against a plain
 * reading of the rule: submission is allowed at t iff some registration grant at or before t, under a version in
 * effect on t's day in Japan, has no refusal or withdrawal after it up to t. Seeded, so a failure repeats.
 */
class ConsentPropertiesTest {

    private static final long SEED = 20261201L;
    private static final int HISTORIES = 3_000;
    private static final Instant START = LocalDate.of(2026, 4, 1).atStartOfDay(JapanTime.ZONE).toInstant();

    /** An event as recorded, with its place in the order of recording (which breaks ties at one instant). */
    private record Recorded(ConsentEvent event, int order) {

        boolean after(Recorded other) {
            int byTime = event.recordedAt().compareTo(other.event.recordedAt());
            return byTime > 0 || byTime == 0 && order > other.order;
        }
    }

    @Test
    void submissionIsAllowedExactlyWhenAValidRegistrationConsentHolds() {
        Random random = new Random(SEED);
        int allowedSeen = 0;
        int refusedSeen = 0;
        for (int n = 0; n < HISTORIES; n++) {
            List<ConsentDocumentVersion> versions = versions(random);
            List<Recorded> recorded = new ArrayList<>();
            ConsentHistory history = ConsentHistory.empty();
            int size = random.nextInt(10);
            for (int i = 0; i < size; i++) {
                ConsentEvent event = randomEvent(random, versions);
                recorded.add(new Recorded(event, i));
                history = history.with(event);
            }
            for (Instant probe : probes(random, recorded, versions)) {
                boolean expected = oracleAllows(recorded, probe);
                assertThat(history.submissionAllowedAt(probe))
                        .as("history #%d %s at %s", n, recorded, probe).isEqualTo(expected);
                for (ConsentScope scope : ConsentScope.values()) {
                    assertThat(history.asOf(probe).latest(scope))
                            .as("history #%d %s: %s at %s", n, recorded, scope, probe)
                            .isEqualTo(oracleLatest(recorded, scope, probe));
                }
                if (expected) {
                    allowedSeen++;
                } else {
                    refusedSeen++;
                }
            }
        }
        // the generator reaches both answers often, so the comparison means something
        assertThat(allowedSeen).isGreaterThan(HISTORIES);
        assertThat(refusedSeen).isGreaterThan(HISTORIES);
    }

    private static boolean oracleAllows(List<Recorded> recorded, Instant t) {
        LocalDate day = LocalDate.ofInstant(t, JapanTime.ZONE);
        for (Recorded grant : recorded) {
            ConsentEvent g = grant.event();
            if (g.scope() != ConsentScope.C_CAT_REGISTRATION || g.decision() != ConsentDecision.GRANTED
                    || g.recordedAt().isAfter(t) || g.document().effectiveFrom().isAfter(day)) {
                continue;
            }
            boolean revoked = recorded.stream().anyMatch(other -> other.event().scope() == ConsentScope.C_CAT_REGISTRATION
                    && other.event().decision() != ConsentDecision.GRANTED
                    && !other.event().recordedAt().isAfter(t) && other.after(grant));
            if (!revoked) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ConsentEvent> oracleLatest(List<Recorded> recorded, ConsentScope scope, Instant t) {
        Recorded latest = null;
        for (Recorded candidate : recorded) {
            if (candidate.event().scope() == scope && !candidate.event().recordedAt().isAfter(t)
                    && (latest == null || candidate.after(latest))) {
                latest = candidate;
            }
        }
        return Optional.ofNullable(latest).map(Recorded::event);
    }

    /** Two or three versions of the form, taking effect within the first two months. */
    private static List<ConsentDocumentVersion> versions(Random random) {
        List<ConsentDocumentVersion> versions = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int v = 1; v <= count; v++) {
            LocalDate effective = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(60));
            versions.add(ConsentDocumentVersion.of("C-CAT-REG", v + ".0", "登録同意書", effective, "本文 " + v));
        }
        return versions;
    }

    /** Mostly registration decisions, at whole hours over 90 days so that some share an instant. */
    private static ConsentEvent randomEvent(Random random, List<ConsentDocumentVersion> versions) {
        ConsentScope[] scopes = ConsentScope.values();
        ConsentScope scope = random.nextInt(3) == 0 ? scopes[random.nextInt(scopes.length)]
                : ConsentScope.C_CAT_REGISTRATION;
        ConsentDecision[] decisions = ConsentDecision.values();
        ConsentDecision decision = random.nextBoolean() ? ConsentDecision.GRANTED
                : decisions[random.nextInt(decisions.length)];
        Instant at = START.plus(Duration.ofHours(random.nextInt(90 * 24 / 6) * 6L));
        return new ConsentEvent(scope, decision, versions.get(random.nextInt(versions.size())),
                UserId.of(1 + random.nextInt(3)), at);
    }

    /** Each event's instant and the nanosecond before, each version's first instant, and random instants. */
    private static List<Instant> probes(Random random, List<Recorded> recorded, List<ConsentDocumentVersion> versions) {
        List<Instant> probes = new ArrayList<>();
        for (Recorded r : recorded) {
            probes.add(r.event().recordedAt());
            probes.add(r.event().recordedAt().minusNanos(1));
        }
        for (ConsentDocumentVersion version : versions) {
            Instant first = version.effectiveFrom().atStartOfDay(JapanTime.ZONE).toInstant();
            probes.add(first);
            probes.add(first.minusNanos(1));
        }
        for (int i = 0; i < 5; i++) {
            probes.add(START.plus(Duration.ofMinutes(random.nextInt(100 * 24 * 60))));
        }
        return probes;
    }
}
