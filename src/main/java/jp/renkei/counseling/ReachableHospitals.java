package jp.renkei.counseling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;

/** The hospitals whose counselors the active hospital may book: itself and its partners. */
@Component
class ReachableHospitals {

    private final HospitalDirectory hospitals;
    private final HospitalContext hospitalContext;

    ReachableHospitals(HospitalDirectory hospitals, HospitalContext hospitalContext) {
        this.hospitals = hospitals;
        this.hospitalContext = hospitalContext;
    }

    Map<HospitalId, HospitalSummary> fromHere() {
        HospitalId here = hospitalContext.require();
        Map<HospitalId, HospitalSummary> reachable = new LinkedHashMap<>();
        hospitals.withPartners(here).forEach(h -> reachable.put(h.id(), h));
        return reachable;
    }
}
