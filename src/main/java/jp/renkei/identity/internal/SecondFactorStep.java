package jp.renkei.identity.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

import jp.renkei.identity.SignInStage;

/**
 * The second sign-in step over HTTP, the way the password step works: the page posts {@code code} (and the CSRF
 * token) to {@code /second-factor}; Spring Security's {@link AuthenticationFilter} with multi-factor merging on
 * adds the second factor's authority to the password's and rotates the session id. Failures go back to the form
 * with {@code ?error}, whatever the reason (wrong code, locked, throttled).
 */
@Component
public class SecondFactorStep {

    public static final String PATH = "/second-factor";
    static final String CODE_PARAMETER = "code";

    private final ProviderManager manager;
    private final SignInStage stage;
    private final SecurityContextHolderStrategy securityContext;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    SecondFactorStep(SecondFactorStore store, UserAccountRepository accounts, SignInAttempts attempts, Clock clock,
            AuthenticationEventPublisher authenticationEvents, ApplicationEventPublisher events, SignInStage stage,
            SecurityContextHolderStrategy securityContext) {
        this.manager = new ProviderManager(
                new SecondFactorAuthenticationProvider(store, accounts, attempts, clock, events));
        this.manager.setAuthenticationEventPublisher(authenticationEvents);
        this.stage = stage;
        this.securityContext = securityContext;
    }

    /**
     * Checks {@code code} for the person whose password step produced {@code afterPassword} (confirming
     * {@code enrolment} if they are enrolling, else null); the result carries the second factor's authority (the
     * filter merges the password's into it). Throws on a wrong code. What the filter runs, callable from tests.
     */
    public Authentication check(Authentication afterPassword, String code, PendingEnrolment enrolment,
            Object requestDetails) {
        OneTimeCodeAttempt attempt = new OneTimeCodeAttempt((RenkeiUserDetails) afterPassword.getPrincipal(), code,
                enrolment);
        attempt.setDetails(requestDetails);
        return manager.authenticate(attempt);
    }

    AuthenticationFilter filter() {
        AuthenticationFilter filter = new AuthenticationFilter(manager, this::attempt);
        filter.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH));
        filter.setMfaEnabled(true);
        filter.setSecurityContextHolderStrategy(securityContext);
        filter.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        SavedRequestAwareAuthenticationSuccessHandler toThePortal = new SavedRequestAwareAuthenticationSuccessHandler();
        filter.setSuccessHandler((request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(PendingEnrolment.SESSION_ATTRIBUTE);
            }
            toThePortal.onAuthenticationSuccess(request, response, authentication);
        });
        filter.setFailureHandler(new SimpleUrlAuthenticationFailureHandler(PATH + "?error"));
        return filter;
    }

    /** Null (nothing to check) unless the password was accepted in this session. */
    private Authentication attempt(HttpServletRequest request) {
        if (!stage.passwordAccepted()) {
            return null;
        }
        Authentication current = securityContext.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        PendingEnrolment enrolment = session == null ? null
                : (PendingEnrolment) session.getAttribute(PendingEnrolment.SESSION_ATTRIBUTE);
        OneTimeCodeAttempt attempt = new OneTimeCodeAttempt((RenkeiUserDetails) current.getPrincipal(),
                request.getParameter(CODE_PARAMETER), enrolment);
        attempt.setDetails(details.buildDetails(request));
        return attempt;
    }
}
