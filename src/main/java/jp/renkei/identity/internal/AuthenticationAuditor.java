package jp.renkei.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.audit.AuditEvent;

/** Sign-ins, failed sign-ins and sign-outs go to the audit trail. */
@Component
class AuthenticationAuditor {

    private final ApplicationEventPublisher events;

    AuthenticationAuditor(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RenkeiUserDetails details) {
            SignedInUser user = details.user();
            events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                    "SIGNED_IN", "user:" + user.username(), null));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        // The typed name is recorded (it may be a typo of a real one) but never the password.
        String name = String.valueOf(event.getAuthentication().getName());
        events.publishEvent(AuditEvent.system("SIGN_IN_FAILED", null,
                "user:" + name.substring(0, Math.min(name.length(), 100))));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null
                && event.getAuthentication().getPrincipal() instanceof RenkeiUserDetails details) {
            SignedInUser user = details.user();
            events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                    "SIGNED_OUT", "user:" + user.username(), null));
        }
    }
}
