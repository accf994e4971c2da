package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.internal.DemoSecondFactor;
import jp.renkei.identity.internal.PendingEnrolment;
import jp.renkei.shared.Role;

/**
 * The second factor: the password alone opens nothing; a new person enrols with the secret shown once; each
 * code of the app and each recovery code works once; wrong codes count towards the lockout like wrong passwords.
 */
@RenkeiIntegrationTest
class SecondFactorIT {

    static final String PASSWORD = "a quiet harbour at dawn";

    @Autowired
    SecondFactorSteps steps;
    @Autowired
    StaffAdministration staff;
    @Autowired
    OwnPassword ownPassword;
    @Autowired
    SecondFactor secondFactor;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    String username;

    @BeforeEach
    void newColleague() {
        signIn.as("hospital-admin");
        username = "otp-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "二段 試験", null, PASSWORD, Role.PANEL_MEMBER));
        signIn.out();
    }

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void thePasswordAloneOpensOnlyTheSecondStep() throws Exception {
        Authentication afterPassword = steps.password(username, PASSWORD, "198.51.100.20");
        assertThat(authorities(afterPassword)).contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .doesNotContain(SecondFactor.AUTHORITY);

        signIn.afterPasswordOnly(username);

        assertThat(secondFactor.enrolled()).isFalse();
        assertThatThrownBy(ownPassword::mustChange).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.countMembers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewColleagueEnrolsWithACodeOfTheSecretShownAndThenEachCodeWorksOnce() throws Exception {
        String address = "198.51.100.21";
        Authentication afterPassword = steps.password(username, PASSWORD, address);
        PendingEnrolment unconfirmed = PendingEnrolment.create(userId());
        assertThatThrownBy(() -> steps.code(afterPassword, steps.codeNow(unconfirmed.secretBase32()), address))
                .as("not enrolled until a code confirms it").isInstanceOf(AuthenticationException.class);

        PendingEnrolment enrolment = steps.enrol(afterPassword, address);
        assertThat(jdbc.sql("select totp_secret from user_account where username = ?").param(username)
                .query(String.class).single()).as("stored encrypted").isNotBlank()
                .doesNotContain(enrolment.secretBase32());
        String confirming = steps.codeNow(enrolment.secretBase32());
        assertThatThrownBy(() -> steps.code(steps.password(username, PASSWORD, address), confirming, address))
                .as("the code that confirmed the enrolment").isInstanceOf(AuthenticationException.class);

        clock.advance(Duration.ofSeconds(30));
        String next = steps.codeNow(enrolment.secretBase32());
        Authentication signedIn = steps.code(steps.password(username, PASSWORD, address), next, address);

        assertThat(authorities(signedIn)).contains(SecondFactor.AUTHORITY);
        assertThatThrownBy(() -> steps.code(steps.password(username, PASSWORD, address), next, address))
                .as("the same code a second time").isInstanceOf(AuthenticationException.class);
    }

    @Test
    void eachRecoveryCodeWorksOnce() throws Exception {
        String address = "198.51.100.22";
        PendingEnrolment enrolment = steps.enrol(steps.password(username, PASSWORD, address), address);
        assertThat(enrolment.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        String first = enrolment.recoveryCodes().getFirst();

        Authentication signedIn = steps.code(steps.password(username, PASSWORD, address), first.toUpperCase(), address);

        assertThat(authorities(signedIn)).contains(SecondFactor.AUTHORITY);
        assertThatThrownBy(() -> steps.code(steps.password(username, PASSWORD, address), first, address))
                .isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.sql("select count(*) from recovery_code r join user_account a on a.id = r.user_id "
                + "where a.username = ? and r.used_at is null").param(username).query(Integer.class).single())
                .isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from recovery_code r join user_account a on a.id = r.user_id "
                + "where a.username = ? and r.code_hash like ?").params(username, "%" + first + "%")
                .query(Integer.class).single()).as("stored hashed").isZero();
        assertThat(jdbc.sql("select action from audit_entry where subject = ? order by id")
                .param("user:" + username).query(String.class).list())
                .containsSubsequence("SECOND_FACTOR_ENROLLED", "RECOVERY_CODE_USED", "SIGNED_IN");
    }

    @Test
    void fiveWrongCodesLockTheAccountForFifteenMinutes() throws Exception {
        String address = "198.51.100.23";
        PendingEnrolment enrolment = steps.enrol(steps.password(username, PASSWORD, address), address);
        Authentication afterPassword = steps.password(username, PASSWORD, address);
        for (int i = 0; i < 5; i++) {
            String wrong = String.format("%06d", i);
            assertThatThrownBy(() -> steps.code(afterPassword, wrong, address))
                    .isInstanceOf(AuthenticationException.class);
        }

        clock.advance(Duration.ofSeconds(30));
        String right = steps.codeNow(enrolment.secretBase32());
        assertThatThrownBy(() -> steps.code(afterPassword, right, address)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> steps.password(username, PASSWORD, address)).isInstanceOf(LockedException.class);
        assertThat(jdbc.sql("select action from audit_entry where subject = ? and source_address = ? order by id")
                .params("user:" + username, address).query(String.class).list())
                .containsSubsequence("SECOND_FACTOR_FAILED", "SECOND_FACTOR_FAILED", "SECOND_FACTOR_FAILED",
                        "SECOND_FACTOR_FAILED", "SECOND_FACTOR_FAILED", "SIGN_IN_LOCKED");

        clock.advance(Duration.ofMinutes(16));
        Authentication again = steps.password(username, PASSWORD, address);
        assertThat(authorities(steps.code(again, steps.codeNow(enrolment.secretBase32()), address)))
                .contains(SecondFactor.AUTHORITY);
    }

    @Test
    void theDemoAccountsComeEnrolledWithTheReadmeSecret() throws Exception {
        String address = "198.51.100.24";
        Authentication afterPassword = steps.password("aoba-admin", "Renkei-Demo-2026", address);

        Authentication signedIn = steps.code(afterPassword, steps.freshCode("aoba-admin", DemoSecondFactor.SECRET),
                address);

        assertThat(authorities(signedIn)).contains(SecondFactor.AUTHORITY);
    }

    private long userId() {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
