package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.internal.PendingEnrolment;
import jp.renkei.shared.Role;

/**
 * Guessing passwords gets nowhere: an account locks after five wrong passwords in a row (only a complete sign-in,
 * password and second factor, starts the count again), an address that keeps failing is refused, both counted in the database and timed by the application clock. Each test signs in
 * through the same authentication manager as the login form, from its own made-up address.
 */
@RenkeiIntegrationTest
class SignInLockoutIT {

    static final String PASSWORD = "a quiet harbour at dawn";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecondFactorSteps steps;

    AuthenticationManager manager;
    String username;

    @BeforeEach
    void newColleague() throws Exception {
        manager = authentication.getAuthenticationManager();
        signIn.as("hospital-admin");
        username = "lock-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "錠前 試験", null, PASSWORD, Role.PANEL_MEMBER));
        signIn.out();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        signIn.out();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() {
        String address = "198.51.100.1";
        for (int i = 0; i < 5; i++) {
            assertRefused(username, "wrong guess " + i, address);
        }

        assertRefused(username, PASSWORD, address);
        clock.advance(Duration.ofMinutes(14));
        assertRefused(username, PASSWORD, address);

        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void aCompleteSignInStartsTheCountAgainButThePasswordAloneDoesNot() throws Exception {
        String address = "198.51.100.2";
        PendingEnrolment enrolment = steps.enrol(steps.password(username, PASSWORD, address), address);
        for (int i = 0; i < 4; i++) {
            assertRefused(username, "wrong guess " + i, address);
        }
        Authentication afterPassword = signIn(username, PASSWORD, address);
        assertRefused(username, "wrong guess 4", address);
        assertRefused(username, PASSWORD, address);

        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            assertRefused(username, "wrong guess " + i, address);
        }
        steps.code(signIn(username, PASSWORD, address), steps.freshCode(username, enrolment.secretBase32()), address);
        for (int i = 0; i < 4; i++) {
            assertRefused(username, "wrong guess " + i, address);
        }

        assertThat(afterPassword.isAuthenticated()).isTrue();
        assertThat(signIn(username, PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedForAWhileButOtherAddressesAreNot() {
        String noisy = "198.51.100.3";
        for (int i = 0; i < 21; i++) {
            assertRefused("nobody-" + i, "guess", noisy);
        }

        assertRefused(username, PASSWORD, noisy);
        assertThat(signIn(username, PASSWORD, "198.51.100.4").isAuthenticated()).isTrue();

        clock.advance(Duration.ofMinutes(11));
        assertThat(signIn(username, PASSWORD, noisy).isAuthenticated()).isTrue();
    }

    @Test
    void everyFailureIsAuditedWithItsAddressButATypedNameOnlyIfItIsARealAccount() {
        String address = "198.51.100.5";
        String typo = "my-secret-passphrase-" + System.nanoTime();
        assertRefused(typo, "whatever", address);
        for (int i = 0; i < 5; i++) {
            assertRefused(username, "wrong guess " + i, address);
        }
        assertRefused(username, PASSWORD, address);

        assertThat(jdbc.sql("select count(*) from audit_entry where subject like ? or detail like ?")
                .params("%" + typo + "%", "%" + typo + "%").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select action from audit_entry where subject = ? and source_address = ? order by id")
                .params("user:" + username, address).query(String.class).list())
                .containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED", "SIGN_IN_LOCKED");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and subject is null "
                + "and source_address = ?").param(address).query(Integer.class).single()).isOne();
    }

    private Authentication signIn(String name, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name,
                password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(attempt);
    }

    private void assertRefused(String name, String password, String address) {
        assertThatThrownBy(() -> signIn(name, password, address)).isInstanceOf(AuthenticationException.class);
    }
}
