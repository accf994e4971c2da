package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import jp.renkei.PdfInspection;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;

/**
 * The agenda of the demo panel's upcoming meeting, through the service as a coordinator or panel member takes it:
 * the demo's accepted referrals are on it with what the referring physician wrote, and each download is audited.
 */
@RenkeiIntegrationTest
class PanelAgendaIT {

    private static final Path ARTIFACT = Path.of("target", "e2e-artifacts", "panel-agenda-demo.pdf");

    @Autowired
    PanelService panels;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        signIn.out();
    }

    @Test
    void theDemoPanelsUpcomingMeetingHasItsCasesOnTheAgenda() {
        Long meeting = jdbc.queryForObject("""
                select m.id from panel_meeting m where m.panel_id = 1 and m.status = 'SCHEDULED'
                  and exists (select 1 from panel_case c where c.meeting_id = m.id and c.referral_id = 5)""", Long.class);
        long downloadsBefore = downloads();
        long caseReadsBefore = audited("REFERRAL_CASE_SUMMARY_READ");

        signIn.as("panelist");
        byte[] pdf = panels.agendaPdf(meeting);

        PdfInspection.save(pdf, ARTIFACT);
        PdfInspection.assertJapaneseFontEmbedded(ARTIFACT);
        assertThat(PdfInspection.text(ARTIFACT)).contains("固形がん").contains("東都大学医学部附属病院")
                .contains("R-000005").contains("相模野中央病院").contains("浸潤性乳癌（BRCA）")
                .contains("トリプルネガティブ").contains("R-000007").contains("高異型度漿液性卵巣癌（HGSOC）")
                .doesNotContain("加藤 由美").doesNotContain("R-000008");
        assertThat(downloads()).isEqualTo(downloadsBefore + 1);
        // other tests sharing this database may have put more accepted referrals on the same meeting
        // the hospital's own patients (no referral) are read from the panel's side, not the referral module
        Long casesOnAgenda = jdbc.queryForObject(
                "select count(*) from panel_case where meeting_id = ? and referral_id is not null", Long.class, meeting);
        assertThat(casesOnAgenda).isGreaterThanOrEqualTo(2);
        assertThat(audited("REFERRAL_CASE_SUMMARY_READ")).as("each case read from the referral, audited there too")
                .isEqualTo(caseReadsBefore + casesOnAgenda);
    }

    @Test
    void theReferringHospitalCannotTakeTheAgenda() {
        Long meeting = jdbc.queryForObject("select min(meeting_id) from panel_case where referral_id = 5", Long.class);
        signIn.as("liaison");
        assertThatThrownBy(() -> panels.agendaPdf(meeting)).isInstanceOf(AccessDeniedException.class);
    }

    private long downloads() {
        return audited("PANEL_AGENDA_DOWNLOADED");
    }

    private long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ?", Long.class, action);
    }
}
