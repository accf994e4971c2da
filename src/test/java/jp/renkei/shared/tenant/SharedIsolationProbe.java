package jp.renkei.shared.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.shared.HospitalId;

/** Test-only row shared by two hospitals, standing in for referrals and panel cases. */
@Entity
@Table(name = "shared_isolation_probe")
public class SharedIsolationProbe extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String label;

    protected SharedIsolationProbe() {
    }

    public SharedIsolationProbe(HospitalId origin, HospitalId partner, String label) {
        super(origin, partner);
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
