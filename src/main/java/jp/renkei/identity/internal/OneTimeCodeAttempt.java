package jp.renkei.identity.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * What the second-factor form sends: the code typed by the person who already gave the right password, plus the
 * enrolment they are confirming if this is their first sign-in. Unauthenticated; the provider decides.
 */
final class OneTimeCodeAttempt extends AbstractAuthenticationToken {

    private final RenkeiUserDetails principal;
    private final PendingEnrolment enrolment;
    private String code;

    OneTimeCodeAttempt(RenkeiUserDetails principal, String code, PendingEnrolment enrolment) {
        super(List.of());
        this.principal = principal;
        this.code = code;
        this.enrolment = enrolment;
        setAuthenticated(false);
    }

    @Override
    public RenkeiUserDetails getPrincipal() {
        return principal;
    }

    @Override
    public String getCredentials() {
        return code;
    }

    PendingEnrolment enrolment() {
        return enrolment;
    }

    @Override
    public void eraseCredentials() {
        code = null;
        super.eraseCredentials();
    }
}
