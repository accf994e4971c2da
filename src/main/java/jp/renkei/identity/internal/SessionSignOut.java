package jp.renkei.identity.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.renkei.identity.SessionSettings;
import jp.renkei.identity.SessionTimes;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.audit.AuditEvent;

/**
 * Ends a signed-in session at its next request when it must not go on: the account was disabled, its person
 * signed out everywhere after this session began, or the session passed its idle timeout or absolute lifetime
 * ({@link SessionSettings}). Sessions live in each node's memory, so no node can reach into another's; instead
 * every request of a signed-in person asks the shared database (one primary-key read). Only requests the person
 * makes count as activity: Vaadin's heartbeats, polls and push traffic are framework requests and do not.
 */
class SessionSignOut extends OncePerRequestFilter {

    /**
     * A heartbeat or poll just after the end leaves the open page this long to save its draft and leave
     * (SessionExpiryWatch checks every 10 s); a page load ends the session at once.
     */
    static final Duration FRAMEWORK_GRACE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final SecurityContextHolderStrategy securityContext;
    private final SessionSettings settings;
    private final Clock clock;
    private final Predicate<HttpServletRequest> frameworkRequest;
    private final ApplicationEventPublisher events;

    SessionSignOut(JdbcClient jdbc, SecurityContextHolderStrategy securityContext, SessionSettings settings,
            Clock clock, Predicate<HttpServletRequest> frameworkRequest, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.securityContext = securityContext;
        this.settings = settings;
        this.clock = clock;
        this.frameworkRequest = frameworkRequest;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = securityContext.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof RenkeiUserDetails details) {
            Instant now = clock.instant();
            SessionTimes times = SessionTimes.of(session::getAttribute, session::setAttribute, now);
            boolean framework = frameworkRequest.test(request);
            String ended = times.endedAt(framework ? now.minus(FRAMEWORK_GRACE) : now, settings) ? "expired"
                    : accountStillValid(details.user().id().value(), times.signedInAt()) ? null : "revoked";
            if (ended != null) {
                securityContext.clearContext();
                session.invalidate();
                SignedInUser user = details.user();
                events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                        "SESSION_ENDED", "user:" + user.username(), "reason:" + ended));
            } else if (!framework) {
                times.touch(now);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * While the database cannot be reached the account cannot be checked; the session goes on rather than the
     * request failing here, so the open page survives the outage with what the person typed, and whatever they do
     * that needs the database is refused by it with the outage message (error.databaseUnreachable). The check
     * runs again at the next request once the database is back.
     */
    private boolean accountStillValid(long userId, Instant signedInAt) {
        try {
            return accountRowStillValid(userId, signedInAt);
        } catch (DataAccessResourceFailureException databaseUnreachable) {
            return true;
        }
    }

    private boolean accountRowStillValid(long userId, Instant signedInAt) {
        return jdbc.sql("select enabled, sessions_ended_at from user_account where id = ?").param(userId)
                .query((row, n) -> {
                    Timestamp ended = row.getTimestamp("sessions_ended_at");
                    return row.getBoolean("enabled") && (ended == null || !signedInAt.isBefore(ended.toInstant()));
                }).optional().orElse(false);
    }
}
