package jp.renkei.tenancy;

import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * The tenant resolver: an explicit scope (jobs, listeners) wins, else the signed-in user's active hospital,
 * else nothing — and then hospital-owned data is refused.
 */
@Component
public class CurrentHospital implements HospitalContext {

    private final CurrentUser currentUser;
    private final HospitalRepository hospitals;

    CurrentHospital(CurrentUser currentUser, HospitalRepository hospitals) {
        this.currentUser = currentUser;
        this.hospitals = hospitals;
    }

    @Override
    public Optional<HospitalId> current() {
        Optional<HospitalId> explicit = HospitalScopes.explicitScope();
        if (explicit.isPresent()) {
            return explicit;
        }
        return currentUser.get().flatMap(SignedInUser::activeHospitalId);
    }

    /** Name, tier and so on of the active hospital, for headers and home pages. */
    public Optional<HospitalSummary> details() {
        return current().flatMap(id -> hospitals.findById(id.value())).map(Hospital::toSummary);
    }
}
