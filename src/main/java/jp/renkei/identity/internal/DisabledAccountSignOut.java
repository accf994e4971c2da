package jp.renkei.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled after it signed in. Sessions live in each node's memory,
 * so no node can reach into another's; instead every request of a signed-in person asks the shared database
 * whether the account is still enabled (one primary-key read), and a disabled one is signed out at once.
 */
class DisabledAccountSignOut extends OncePerRequestFilter {

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy securityContext;

    DisabledAccountSignOut(UserAccountRepository accounts, SecurityContextHolderStrategy securityContext) {
        this.accounts = accounts;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RenkeiUserDetails details
                && !accounts.findEnabledById(details.user().id().value()).orElse(false)) {
            securityContext.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
