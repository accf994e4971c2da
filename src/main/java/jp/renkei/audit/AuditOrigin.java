package jp.renkei.audit;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.audit.AuditEvent;

/**
 * Who acted in which role, from where and with what, for an entry being recorded. Read from the HTTP request the
 * event was published in (Spring's RequestContextFilter binds every request, Vaadin's UIDL and download requests
 * included): the address as the servlet container gives it, so behind a proxy only what
 * {@code server.forward-headers-strategy} trusts, never a forwarded header read here. Without a request (event
 * listeners, scheduled jobs) all three stay null.
 */
@Component
class AuditOrigin {

    /** The role codes, source address and User-Agent of one entry; any of them may be null. */
    record Origin(String actorRole, String sourceAddress, String client) {
    }

    private final CurrentUser currentUser;

    AuditOrigin(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Origin of(AuditEvent event) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest() : null;
        String address = event.sourceAddress() != null ? event.sourceAddress()
                : request == null ? null : request.getRemoteAddr();
        return new Origin(roleOf(event), address, request == null ? null : request.getHeader("User-Agent"));
    }

    /** The signed-in actor's roles at the active hospital as the portal's codes; never another person's. */
    private String roleOf(AuditEvent event) {
        return currentUser.get().filter(user -> event.actor() != null && event.actor().equals(user.id()))
                .map(user -> user.activeRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .filter(codes -> !codes.isEmpty()).orElse(null);
    }
}
