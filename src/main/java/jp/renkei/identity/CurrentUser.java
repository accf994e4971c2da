package jp.renkei.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import jp.renkei.identity.internal.RenkeiUserDetails;

/** The only place that reads the security context; everything else injects this. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RenkeiUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
