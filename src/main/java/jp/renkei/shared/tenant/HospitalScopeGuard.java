package jp.renkei.shared.tenant;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.renkei.shared.HospitalId;

/** Refuses writes of rows that the hospital in scope does not own (or share). */
@Component
public class HospitalScopeGuard {

    // Looked up per call: Hibernate creates this while building the EntityManagerFactory, before the
    // context implementation (which itself needs repositories) can exist.
    private final ObjectProvider<HospitalContext> context;

    HospitalScopeGuard(ObjectProvider<HospitalContext> context) {
        this.context = context;
    }

    @PrePersist
    @PreUpdate
    @PreRemove
    void checkScope(Object entity) {
        HospitalId current = context.getObject().require();
        if (entity instanceof HospitalScoped scoped && !scoped.isVisibleTo(current)) {
            throw new HospitalScopeViolation(entity.getClass().getSimpleName()
                    + " does not belong to hospital " + current.value());
        }
    }
}
