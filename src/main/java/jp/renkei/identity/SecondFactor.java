package jp.renkei.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import jp.renkei.identity.internal.PendingEnrolment;
import jp.renkei.identity.internal.SecondFactorStore;

/**
 * The second sign-in step as the screens see it: whether the person has an authenticator app enrolled, and a
 * new enrolment (secret, QR content, recovery codes) for one who has not. The code itself is posted to
 * {@code /second-factor} and checked by Spring Security (SecondFactorAuthenticationProvider).
 */
@Service
public class SecondFactor {

    /** The authority a person holds once they passed the second factor (TOTP or a recovery code). */
    public static final String AUTHORITY = "FACTOR_OTP";
    private static final String ISSUER = "Renkei";

    private final CurrentUser currentUser;
    private final SecondFactorStore store;

    SecondFactor(CurrentUser currentUser, SecondFactorStore store) {
        this.currentUser = currentUser;
        this.store = store;
    }

    @PreAuthorize("@signInStage.passwordAccepted()")
    public boolean enrolled() {
        return store.enrolled(currentUser.require().id().value());
    }

    /**
     * A secret and recovery codes, kept in this person's session until a code of the app confirms them (only then
     * are they stored). The same ones while that is pending, so a mistyped code does not mean scanning again; once
     * confirmed they are never shown again.
     */
    @PreAuthorize("@signInStage.passwordAccepted()")
    public Enrolment enrolment() {
        SignedInUser user = currentUser.require();
        WrappedSession session = VaadinSession.getCurrent().getSession();
        PendingEnrolment pending = session.getAttribute(PendingEnrolment.SESSION_ATTRIBUTE) instanceof PendingEnrolment
                shown && shown.userId() == user.id().value() ? shown : PendingEnrolment.create(user.id().value());
        session.setAttribute(PendingEnrolment.SESSION_ATTRIBUTE, pending);
        String label = URLEncoder.encode(ISSUER + ":" + user.username(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + pending.secretBase32() + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(pending.secretBase32().replaceAll("(.{4})(?!$)", "$1 "), uri, pending.recoveryCodes());
    }

    @PreAuthorize("@signInStage.complete()")
    public int unusedRecoveryCodes() {
        return store.unusedRecoveryCodes(currentUser.require().id().value());
    }

    /** What an enrolling person is shown once: the secret in groups of four, the otpauth URI for the QR code. */
    public record Enrolment(String secretForTyping, String otpauthUri, List<String> recoveryCodes) {

        @Override
        public String toString() {
            return "Enrolment[…]";
        }
    }
}
