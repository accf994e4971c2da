package jp.renkei.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.SessionTimes;

/**
 * An open page of an idle person: a warning a minute before the 15 minutes are up, "continue" keeps the session,
 * and at the end the page goes to the sign-in form. The 12-hour limit cannot be continued. Application clock.
 */
@RenkeiIntegrationTest
class SessionExpiryWatchTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    SessionExpiryWatch watch;

    @BeforeEach
    void signedIn() {
        signIn.as("coordinator");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        // as the first request after signing in does (SessionSignOut)
        SessionTimes.of(session::getAttribute, session::setAttribute, clock.instant());
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aWarningAMinuteBeforeTheIdleEndAndContinueKeepsTheSession() {
        clock.advance(Duration.ofMinutes(13).plusSeconds(59));
        watch.check(UI.getCurrent());
        assertThat($(Dialog.class).all()).as("nothing yet at 13:59").isEmpty();

        clock.advance(Duration.ofSeconds(2));
        watch.check(UI.getCurrent());
        Dialog warning = $(Dialog.class).id("session-warning");
        assertThat(warning.isOpened()).isTrue();
        test($(Button.class).id("session-continue")).click();
        assertThat(warning.isOpened()).isFalse();

        clock.advance(Duration.ofMinutes(14).plusSeconds(30));
        watch.check(UI.getCurrent());
        assertThat(getCurrentView()).as("still signed in 14.5 minutes after continuing")
                .isNotInstanceOf(LoginView.class);
        clock.advance(Duration.ofSeconds(31));
        watch.check(UI.getCurrent());
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void twelveHoursAfterSigningInTheWarningOffersNoContinue() {
        for (int i = 0; i < 12 * 4 - 1; i++) {
            clock.advance(Duration.ofMinutes(15));
            watch.activity(UI.getCurrent());
        }
        clock.advance(Duration.ofMinutes(14).plusSeconds(30));
        watch.check(UI.getCurrent());

        assertThat($(Dialog.class).id("session-warning").isOpened()).isTrue();
        assertThat($(Button.class).all()).noneMatch(b -> "session-continue".equals(b.getId().orElse("")));
        clock.advance(Duration.ofSeconds(30));
        watch.check(UI.getCurrent());
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
