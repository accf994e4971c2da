package jp.renkei.shell;

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

    RefusedRequests(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    void record(String action, String path) {
        currentUser.get().ifPresent(user -> events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(),
                user.activeHospital(), action, "/" + path, null)));
    }
}
