package jp.renkei.shared.tenant;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

import jp.renkei.shared.HospitalId;

/**
 * Base of every entity owned by a single hospital. Hibernate adds {@code hospital_id = :current} to every
 * query and load by id (auto-enabled filter); the parameter resolver throws when no hospital is in scope,
 * so a code path without a hospital fails closed instead of seeing everything.
 */
@MappedSuperclass
@FilterDef(name = HospitalOwnedEntity.FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = HospitalOwnedEntity.PARAMETER, type = Long.class,
                resolver = ActiveHospitalResolver.class))
@Filter(name = HospitalOwnedEntity.FILTER, condition = "hospital_id = :" + HospitalOwnedEntity.PARAMETER)
@EntityListeners(HospitalScopeGuard.class)
public abstract class HospitalOwnedEntity implements HospitalScoped {

    public static final String FILTER = "hospitalScope";
    public static final String PARAMETER = "hospitalId";

    @Column(name = "hospital_id", nullable = false, updatable = false)
    private Long hospitalId;

    protected HospitalOwnedEntity() {
    }

    protected HospitalOwnedEntity(HospitalId owner) {
        this.hospitalId = Objects.requireNonNull(owner, "owner").value();
    }

    public HospitalId hospitalId() {
        return HospitalId.of(hospitalId);
    }

    @Override
    public boolean isVisibleTo(HospitalId hospital) {
        return hospitalId == hospital.value();
    }
}
