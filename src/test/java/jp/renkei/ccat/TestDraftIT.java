package jp.renkei.ccat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static java.time.temporal.ChronoUnit.SECONDS;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.text.InputRefused;

/**
 * Drafts of the test page's entry forms on the real database: what the coordinator typed comes back to them (and
 * only to them) after the session, and is gone once recorded or thrown away.
 */
@RenkeiIntegrationTest
class TestDraftIT {

    @Autowired
    TestDraftService drafts;
    @Autowired
    TestConsentService consents;
    @Autowired
    GenomicTestService tests;
    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aDraftComesBackToItsAuthorOnlyAndEndsWhenTheEntryIsRecorded() {
        long id = new OrderedTests(referrals, signIn, jdbc).order("FoundationOne CDx");
        clock.setTokyo("2026-12-08T10:00");
        long form = jdbc.queryForObject("select max(id) from ccat_consent_document", Long.class);
        Map<String, String> consent = Map.of("scope", "C_CAT_REGISTRATION", "decision", "GRANTED",
                "document", String.valueOf(form), "decidedOn", "2026-12-08");

        signIn.as("coordinator");
        drafts.save(id, TestDraftForm.CONSENT, consent);
        drafts.save(id, TestDraftForm.MILESTONE, Map.of("step", "SPECIMEN_SHIPPED-0", "day", "2026-12-08"));
        signIn.out();

        signIn.as("coordinator");
        Map<TestDraftForm, SavedDraft> restored = drafts.drafts(id);
        assertThat(restored).containsOnlyKeys(TestDraftForm.CONSENT, TestDraftForm.MILESTONE);
        assertThat(restored.get(TestDraftForm.CONSENT).fields()).isEqualTo(consent);
        assertThat(restored.get(TestDraftForm.CONSENT).savedAt()).isCloseTo(clock.instant(), within(1, SECONDS));
        assertThat(audited("CCAT_DRAFTS_RESTORED", id)).as("reading a draft back is audited").isEqualTo(1);

        signIn.as("toto-coordinator2");
        assertThat(drafts.drafts(id)).as("a colleague at the same hospital").isEmpty();
        signIn.as("aoba-coordinator");
        assertThatThrownBy(() -> drafts.drafts(id)).as("another hospital").isInstanceOf(GenomicTestNotFound.class);
        assertThatThrownBy(() -> drafts.save(id, TestDraftForm.CONSENT, consent))
                .isInstanceOf(GenomicTestNotFound.class);
        signIn.as("liaison");
        assertThatThrownBy(() -> drafts.drafts(id)).as("the referring clinician, who does not record")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("coordinator");
        consents.record(id, ConsentScope.C_CAT_REGISTRATION, ConsentDecision.GRANTED, form, LocalDate.of(2026, 12, 8));
        assertThat(drafts.drafts(id)).as("the recorded consent's draft is gone, the milestone's stays")
                .containsOnlyKeys(TestDraftForm.MILESTONE);
        tests.recordMilestone(id, MilestoneStep.SPECIMEN_SHIPPED, 0, LocalDate.of(2026, 12, 8));
        assertThat(drafts.drafts(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ccat_test_draft where test_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void aDiscardedOrEmptiedDraftIsGoneAndOddInputIsRefused() {
        long id = new OrderedTests(referrals, signIn, jdbc).order("GenMineTOP");
        signIn.as("coordinator");
        drafts.save(id, TestDraftForm.FOLLOW_UP, Map.of("recordedOn", "2026-12-01", "proposed", "true"));
        drafts.save(id, TestDraftForm.PARTICULARS, Map.of("sampleType", "BLOOD"));

        drafts.discard(id, TestDraftForm.FOLLOW_UP);
        drafts.save(id, TestDraftForm.PARTICULARS, Map.of());

        assertThat(drafts.drafts(id)).isEmpty();
        assertThat(audited("CCAT_DRAFT_DISCARDED", id)).isEqualTo(1);
        assertThatThrownBy(() -> drafts.save(id, TestDraftForm.FOLLOW_UP, Map.of("recordedOn", "2026\u202E12")))
                .isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> drafts.save(id, TestDraftForm.FOLLOW_UP, Map.of("no such field!", "x")))
                .isInstanceOf(jp.renkei.shared.workflow.Refused.class);
    }

    private long audited(String action, long testId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?", Long.class,
                action, "ccat_test:" + testId);
    }
}
