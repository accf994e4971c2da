package jp.renkei.ccat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.ccat.TestDraftForm;
import jp.renkei.ccat.TestDraftService;
import jp.renkei.identity.SessionSettings;
import jp.renkei.identity.SessionTimes;
import jp.renkei.identity.ui.SessionExpiryWatch;

/**
 * A follow-up entry half typed on a test page when the session runs out (before the 3 s autosave): the page leaves
 * its view first, which saves the draft, and the coordinator finds it filled in after signing in again.
 */
@RenkeiIntegrationTest
class ExpiredSessionKeepsTheTestPageDraftTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    SessionExpiryWatch watch;
    @Autowired
    SessionSettings settings;
    @Autowired
    TestDraftService drafts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aHalfTypedFollowUpIsSavedWhenTheSessionEndsAndFilledInAgainAfterwards() {
        long id = jdbc.queryForObject("select id from ccat_test where own_patient_id = 'T-20477'", Long.class);
        signIn.as("coordinator");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        SessionTimes.of(session::getAttribute, session::setAttribute, clock.instant());
        GenomicTestView page = navigate("ccat/tests/" + id, GenomicTestView.class);
        LocalDate lastSeen = LocalDate.of(2026, 11, 20);
        test(page.followUps.lastKnownAlive).setValue(lastSeen);
        test(page.followUps.proposed).click();

        clock.advance(settings.idleTimeout());
        watch.check(UI.getCurrent());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");

        GenomicTestView again = navigate("ccat/tests/" + id, GenomicTestView.class);
        assertThat(again.followUps.lastKnownAlive.getValue()).isEqualTo(lastSeen);
        assertThat(again.followUps.proposed.getValue()).isTrue();
        assertThat(again.drafts.restored.getText()).contains("予後・治療情報の追加入力");
        drafts.discard(id, TestDraftForm.FOLLOW_UP);
    }
}
