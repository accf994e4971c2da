package jp.renkei.shared.tenant;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.audit.AuditEvent;

/**
 * Explicit, audited hospital scope for code that runs without a signed-in user (event listeners,
 * scheduled jobs, demo seeding). Nested scopes restore the outer one.
 */
@Component
public class HospitalScopes {

    private static final ThreadLocal<HospitalId> EXPLICIT = new ThreadLocal<>();

    private final ApplicationEventPublisher events;

    HospitalScopes(ApplicationEventPublisher events) {
        this.events = events;
    }

    public <T> T callAs(HospitalId hospital, String purpose, Supplier<T> work) {
        Objects.requireNonNull(hospital, "hospital");
        events.publishEvent(AuditEvent.system("HOSPITAL_SCOPE_ENTERED", hospital, purpose));
        HospitalId outer = EXPLICIT.get();
        EXPLICIT.set(hospital);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(outer);
            }
        }
    }

    public void runAs(HospitalId hospital, String purpose, Runnable work) {
        callAs(hospital, purpose, () -> {
            work.run();
            return null;
        });
    }

    /** The explicit scope on this thread, if any; read by the {@link HospitalContext} implementation. */
    public static Optional<HospitalId> explicitScope() {
        return Optional.ofNullable(EXPLICIT.get());
    }
}
