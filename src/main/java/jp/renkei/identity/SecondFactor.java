package jp.renkei.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import jp.renkei.identity.internal.AuthenticatorReplacement;
import jp.renkei.identity.internal.PendingEnrolment;
import jp.renkei.identity.internal.SecondFactorStore;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.Refused;

/**
 * The second sign-in step as the screens see it: whether the person has an authenticator app enrolled, and a
 * new enrolment (secret, QR content, recovery codes) for one who has not. The code itself is posted to
 * {@code /second-factor} and checked by Spring Security (SecondFactorAuthenticationProvider).
 */
@Service
public class SecondFactor {

    /**
     * The authority a person holds once they passed a second factor: an authenticator-app code, a recovery code or
     * a passkey (which adds Spring Security's {@code FACTOR_WEBAUTHN} as well). Every rule requires it with the
     * password (SecurityConfiguration), so any one of the three completes the sign-in.
     */
    public static final String AUTHORITY = "FACTOR_SECOND";
    private static final String ISSUER = "Renkei";

    private final CurrentUser currentUser;
    private final SecondFactorStore store;
    private final AuthenticatorReplacement replacement;
    private final ApplicationEventPublisher events;

    SecondFactor(CurrentUser currentUser, SecondFactorStore store, AuthenticatorReplacement replacement,
            ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.store = store;
        this.replacement = replacement;
        this.events = events;
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
        return shown(user, pending);
    }

    /**
     * A new secret and recovery codes for a person replacing their authenticator app, once {@code currentCode} from
     * the current app proved they hold it; nothing changes until {@link #replace} confirms the new app.
     */
    @PreAuthorize("@signInStage.complete()")
    public Enrolment replacementAfter(String currentCode) {
        SignedInUser user = currentUser.require();
        if (!replacement.currentAppProven(user, currentCode)) {
            throw new Refused("identity.replace.wrongCurrentCode", "wrong code of the current app");
        }
        PendingEnrolment pending = PendingEnrolment.create(user.id().value());
        VaadinSession.getCurrent().getSession().setAttribute(AuthenticatorReplacement.SESSION_ATTRIBUTE, pending);
        return shown(user, pending);
    }

    /** Replaces the app (and the recovery codes) with the one {@link #replacementAfter} showed, if {@code newCode} is its. */
    @PreAuthorize("@signInStage.complete()")
    public void replace(String newCode) {
        SignedInUser user = currentUser.require();
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (!(session.getAttribute(AuthenticatorReplacement.SESSION_ATTRIBUTE) instanceof PendingEnrolment pending)
                || pending.userId() != user.id().value()) {
            throw new Refused("identity.replace.proveFirst", "no proven replacement in this session");
        }
        if (!replacement.confirmed(pending, newCode)) {
            throw new Refused("identity.replace.wrongNewCode", "wrong code of the new app");
        }
        session.removeAttribute(AuthenticatorReplacement.SESSION_ATTRIBUTE);
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                "SECOND_FACTOR_REPLACED", "user:" + user.username(), null));
    }

    private static Enrolment shown(SignedInUser user, PendingEnrolment pending) {
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
