package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.audit.AuditEvent;

/**
 * Every entry says in which role the person acted, from which address and with which browser, as the request the
 * read came in on says; what the portal does by itself (no request) records none of them.
 */
@RenkeiIntegrationTest
class AuditOriginIT {

    @Autowired
    ReferralService referrals;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aReadOfPatientDataFromABrowserRecordsRoleSourceAddressAndClient() {
        signIn.as("liaison");
        var referral = referrals.list(ReferralFilter.everything(), 0, 1).getFirst().id();

        FromTheWeb.request(() -> referrals.get(referral));

        assertThat(newest()).containsEntry("action", "REFERRAL_VIEWED")
                .containsEntry("actor_role", "LIAISON_CLINICIAN")
                .containsEntry("source_address", "127.0.0.1")
                .containsEntry("client", FromTheWeb.BROWSER);
    }

    @Test
    void aLongUserAgentIsKeptToItsFirst300Characters() {
        signIn.as("liaison");
        var referral = referrals.list(ReferralFilter.everything(), 0, 1).getFirst().id();

        FromTheWeb.request("::1", "x".repeat(400), () -> referrals.get(referral));

        assertThat(newest()).containsEntry("source_address", "::1").containsEntry("client", "x".repeat(300));
    }

    @Test
    void whatThePortalDoesByItselfHasNoRoleAddressOrClient() throws InterruptedException {
        // a thread of its own, as a scheduled job or event listener runs: the test's own thread has a mock request
        Thread.ofVirtual().start(() -> events.publishEvent(AuditEvent.system("HOSPITAL_SCOPE_ENTERED", null, "a job")))
                .join();

        assertThat(newest()).containsEntry("actor_role", null).containsEntry("source_address", null)
                .containsEntry("client", null);
    }

    private Map<String, Object> newest() {
        return jdbc.queryForMap("select action, actor_role, source_address, client from audit_entry"
                + " order by id desc limit 1");
    }
}
