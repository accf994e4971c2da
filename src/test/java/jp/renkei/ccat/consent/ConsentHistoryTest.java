package jp.renkei.ccat.consent;

import static jp.renkei.ccat.consent.ConsentDecision.GRANTED;
import static jp.renkei.ccat.consent.ConsentDecision.REFUSED;
import static jp.renkei.ccat.consent.ConsentDecision.WITHDRAWN;
import static jp.renkei.ccat.consent.ConsentScope.C_CAT_REGISTRATION;
import static jp.renkei.ccat.consent.ConsentScope.SECONDARY_FINDINGS_DISCLOSURE;
import static jp.renkei.ccat.consent.ConsentScope.SECONDARY_USE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;

/** Consent per scope as of an instant, and when data may go to C-CAT. */
class ConsentHistoryTest {

    static final UserId COORDINATOR = UserId.of(7);
    static final ConsentDocumentVersion V1 = ConsentDocumentVersion.of("C-CAT-REG", "1.0",
            "がんゲノム情報管理センターへの登録に関する同意書", LocalDate.of(2026, 4, 1), "第1版の本文");
    static final ConsentDocumentVersion V2 = ConsentDocumentVersion.of("C-CAT-REG", "2.0",
            "がんゲノム情報管理センターへの登録に関する同意書", LocalDate.of(2026, 12, 1), "第2版の本文");

    @Test
    void aDocumentVersionCarriesTheSha256OfItsText() {
        ConsentDocumentVersion version = ConsentDocumentVersion.of("F", "1", "同意書", LocalDate.of(2026, 1, 1), "abc");

        assertThat(version.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(V1.sha256()).isNotEqualTo(V2.sha256());
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ConsentDocumentVersion("F", "1", "同意書", LocalDate.of(2026, 1, 1), "not-a-hash"));
    }

    @Test
    void eachScopeHasItsOwnStateAsOfAnInstant() {
        ConsentHistory history = ConsentHistory.of(List.of(
                event(C_CAT_REGISTRATION, GRANTED, V1, jst(2026, 5, 1, 10, 0)),
                event(SECONDARY_USE, REFUSED, V1, jst(2026, 5, 1, 10, 0)),
                event(SECONDARY_FINDINGS_DISCLOSURE, GRANTED, V1, jst(2026, 5, 1, 10, 5)),
                event(SECONDARY_FINDINGS_DISCLOSURE, WITHDRAWN, V1, jst(2026, 6, 1, 9, 0))));

        ConsentState may = history.asOf(jst(2026, 5, 15, 0, 0));
        assertThat(may.decision(C_CAT_REGISTRATION)).contains(GRANTED);
        assertThat(may.decision(SECONDARY_USE)).as("a refusal is recorded").contains(REFUSED);
        assertThat(may.decision(SECONDARY_FINDINGS_DISCLOSURE)).contains(GRANTED);
        assertThat(may.latest(C_CAT_REGISTRATION).orElseThrow().recordedBy()).isEqualTo(COORDINATOR);
        assertThat(may.latest(C_CAT_REGISTRATION).orElseThrow().document()).isEqualTo(V1);

        assertThat(history.asOf(jst(2026, 6, 1, 9, 0)).decision(SECONDARY_FINDINGS_DISCLOSURE)).contains(WITHDRAWN);
        assertThat(history.asOf(jst(2026, 4, 30, 23, 59)).latest()).as("before anything was decided").isEmpty();
    }

    @Test
    void aWithdrawalStopsSubmissionFromItsInstant() {
        Instant withdrawn = jst(2026, 7, 1, 14, 0);
        ConsentHistory history = ConsentHistory.of(List.of(
                event(C_CAT_REGISTRATION, GRANTED, V1, jst(2026, 5, 1, 10, 0)),
                event(C_CAT_REGISTRATION, WITHDRAWN, V1, withdrawn)));

        assertThat(history.submissionAllowedAt(withdrawn.minusNanos(1))).isTrue();
        assertThat(history.submissionAllowedAt(withdrawn)).isFalse();
    }

    @Test
    void aRefusedRegistrationForbidsSubmission() {
        ConsentHistory history = ConsentHistory.empty()
                .with(event(C_CAT_REGISTRATION, REFUSED, V1, jst(2026, 5, 1, 10, 0)));

        assertThat(history.submissionAllowedAt(jst(2026, 5, 2, 10, 0))).isFalse();
        assertThat(history.asOf(jst(2026, 5, 2, 10, 0)).decision(C_CAT_REGISTRATION)).contains(REFUSED);
    }

    @Test
    void aGrantUnderAFormNotYetInEffectCountsFromTheFormsFirstDayInJapan() {
        ConsentHistory history = ConsentHistory.empty()
                .with(event(C_CAT_REGISTRATION, GRANTED, V2, jst(2026, 11, 30, 16, 0)));

        assertThat(history.submissionAllowedAt(jst(2026, 11, 30, 23, 59))).isFalse();
        // 2026-12-01 00:00 in Tokyo is still November 30 in UTC
        assertThat(history.submissionAllowedAt(jst(2026, 12, 1, 0, 0))).isTrue();
    }

    @Test
    void decisionsAddedOutOfOrderTakeTheirPlaceByInstantAndTiesKeepTheOrderAdded() {
        Instant morning = jst(2026, 5, 1, 10, 0);
        ConsentHistory history = ConsentHistory.empty()
                .with(event(C_CAT_REGISTRATION, WITHDRAWN, V1, jst(2026, 6, 1, 10, 0)))
                .with(event(C_CAT_REGISTRATION, GRANTED, V1, morning));

        assertThat(history.events()).extracting(ConsentEvent::decision).containsExactly(GRANTED, WITHDRAWN);
        assertThat(history.submissionAllowedAt(jst(2026, 5, 20, 0, 0))).isTrue();

        ConsentHistory sameInstant = ConsentHistory.empty()
                .with(event(C_CAT_REGISTRATION, GRANTED, V1, morning))
                .with(event(C_CAT_REGISTRATION, WITHDRAWN, V1, morning));
        assertThat(sameInstant.submissionAllowedAt(morning)).isFalse();
        assertThat(sameInstant.asOf(morning).decision(C_CAT_REGISTRATION)).contains(WITHDRAWN);
    }

    static ConsentEvent event(ConsentScope scope, ConsentDecision decision, ConsentDocumentVersion document,
            Instant at) {
        return new ConsentEvent(scope, decision, document, COORDINATOR, at);
    }

    static Instant jst(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(JapanTime.ZONE).toInstant();
    }
}
