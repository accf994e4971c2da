package jp.renkei;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a demo account in on the test thread, with the same principal the login form would produce. */
@Component
public class SignIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    SignIn(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    public void as(String username) {
        // see SecurityHolderFollowsTestContext: the static holder that Vaadin reads follows this context
        SecurityContextHolder.setContextHolderStrategy(securityContext);
        UserDetails details = users.loadUserByUsername(username);
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        securityContext.setContext(context);
    }

    public void out() {
        securityContext.clearContext();
    }
}
