package jp.renkei.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * How far the current person has signed in: the password alone opens only the second-factor page; both factors
 * open the portal. Read by the screens' gates and, as {@code @signInStage}, by the second factor's own
 * {@code @PreAuthorize} rules (every other rule requires both factors, see SecurityConfiguration).
 */
@Component("signInStage")
public class SignInStage {

    private final SecurityContextHolderStrategy securityContext;

    SignInStage(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public boolean passwordAccepted() {
        return has(FactorGrantedAuthority.PASSWORD_AUTHORITY);
    }

    public boolean complete() {
        return passwordAccepted() && has(SecondFactor.AUTHORITY);
    }

    /** Whether {@code authentication} carries the password, for code that is handed one. */
    public static boolean passwordAccepted(Authentication authentication) {
        return has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY);
    }

    /** Whether {@code authentication} carries the second factor, for code that is handed one. */
    public static boolean secondFactorPassed(Authentication authentication) {
        return has(authentication, SecondFactor.AUTHORITY);
    }

    private boolean has(String authority) {
        return has(securityContext.getContext().getAuthentication(), authority);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
