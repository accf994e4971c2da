package jp.renkei.shared.tenant;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.Filter;

import jp.renkei.shared.HospitalId;

/**
 * Base of entities that two hospitals share and no third may see: a referral (referring and receiving
 * hospital), a panel case (referring hospital and the panel's hospital), a counseling booking (booking
 * hospital and the counselor's). Same filter as {@link HospitalOwnedEntity}, with a two-party condition.
 * Both sides may be the same hospital (a coordinator booking a counselor of their own hospital).
 */
@MappedSuperclass
@Filter(name = HospitalOwnedEntity.FILTER,
        condition = "(origin_hospital_id = :" + HospitalOwnedEntity.PARAMETER
                + " or partner_hospital_id = :" + HospitalOwnedEntity.PARAMETER + ")")
@EntityListeners(HospitalScopeGuard.class)
public abstract class SharedByTwoHospitalsEntity implements HospitalScoped {

    @Column(name = "origin_hospital_id", nullable = false, updatable = false)
    private Long originHospitalId;

    @Column(name = "partner_hospital_id", nullable = false, updatable = false)
    private Long partnerHospitalId;

    protected SharedByTwoHospitalsEntity() {
    }

    protected SharedByTwoHospitalsEntity(HospitalId origin, HospitalId partner) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(partner, "partner");
        this.originHospitalId = origin.value();
        this.partnerHospitalId = partner.value();
    }

    public HospitalId originHospitalId() {
        return HospitalId.of(originHospitalId);
    }

    public HospitalId partnerHospitalId() {
        return HospitalId.of(partnerHospitalId);
    }

    @Override
    public boolean isVisibleTo(HospitalId hospital) {
        return originHospitalId == hospital.value() || partnerHospitalId == hospital.value();
    }
}
