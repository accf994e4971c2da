package jp.renkei.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.SessionSettings;
import jp.renkei.identity.SessionTimes;
import jp.renkei.identity.ui.SessionExpiryWatch;
import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralSummary;
import jp.renkei.referral.Sex;

/**
 * A referral being written when the session runs out: what was typed is saved as a draft before the page goes to
 * the sign-in form. (The form also saves itself 3 s after the last change, so normally nothing is left unsaved.)
 */
@RenkeiIntegrationTest
class ExpiredSessionKeepsTheDraftTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    SessionExpiryWatch watch;
    @Autowired
    SessionSettings settings;
    @Autowired
    ReferralService referrals;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void unsavedChangesAreSavedWhenTheSessionEnds() {
        signIn.as("liaison");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        SessionTimes.of(session::getAttribute, session::setAttribute, clock.instant());
        ReferralFormView form = navigate(ReferralFormView.class);
        String pid = "X-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        test(form.receiving).selectItem("東都大学医学部附属病院");
        test(form.patient.patientId).setValue(pid);
        test(form.patient.nameKanji).setValue("期限 試子");
        test(form.patient.nameKana).setValue("キゲン タメコ");
        test(form.patient.birthDate).setValue(LocalDate.of(1970, 1, 2));
        test(form.patient.sex).selectItem(form.getTranslation("sex." + Sex.FEMALE.name()));
        assertThat(form.hasUnsavedChanges()).isTrue();

        clock.advance(settings.idleTimeout());
        watch.check(UI.getCurrent());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");

        List<ReferralSummary> drafts = referrals.list(new ReferralFilter(Set.of(ReferralStatus.DRAFT), null, null,
                null, null, false, pid), 0, 10);
        assertThat(drafts).as("draft of %s saved on expiry", pid).hasSize(1);
        assertThat(form.hasUnsavedChanges()).isFalse();
    }
}
