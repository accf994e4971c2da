package jp.renkei.shell;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.audit.AuditEvent;

/**
 * Writes every refused page request to the audit trail: who asked, acting for which hospital, and which
 * path. Repeated probing of ids or screens is then visible to the hospital's administrator.
 */
@Component
class RefusedRequests {

    static final String NOT_FOUND = "PAGE_NOT_FOUND";
    static final String ACCESS_DENIED = "PAGE_ACCESS_DENIED";

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RefusedRequests(CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    void record(String action, String path) {
        currentUser.get().ifPresent(user -> events.publishEvent(new AuditEvent(clock.instant(), user.id(),
                user.displayName(), user.activeHospital(), action, "/" + path, null)));
    }
}
