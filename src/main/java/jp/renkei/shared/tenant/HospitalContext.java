package jp.renkei.shared.tenant;

import java.util.Optional;

import jp.renkei.shared.HospitalId;

/**
 * The hospital whose data the current unit of work may touch: an explicit {@link HospitalScopes} scope
 * (jobs, listeners) or else the signed-in user's active hospital. Implemented once, in {@code tenancy}.
 */
public interface HospitalContext {

    Optional<HospitalId> current();

    /** Fails closed: no hospital, no tenant data. */
    default HospitalId require() {
        return current().orElseThrow(NoHospitalInScopeException::new);
    }
}
