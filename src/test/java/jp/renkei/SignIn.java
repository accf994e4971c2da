package jp.renkei;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import jp.renkei.identity.SecondFactor;

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
        // both factors, as after the password and the authenticator-app code
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.AUTHORITY));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
        securityContext.setContext(context);
    }

    /** Signed in as after the password step only: the second factor is still to come. */
    public void afterPasswordOnly(String username) {
        SecurityContextHolder.setContextHolderStrategy(securityContext);
        UserDetails details = users.loadUserByUsername(username);
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
        securityContext.setContext(context);
    }

    public void out() {
        securityContext.clearContext();
    }
}
