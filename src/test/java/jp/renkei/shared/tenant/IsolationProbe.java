package jp.renkei.shared.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.shared.HospitalId;

/** Test-only row owned by one hospital, standing in for patients, bookings and so on. */
@Entity
@Table(name = "isolation_probe")
public class IsolationProbe extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String label;

    protected IsolationProbe() {
    }

    public IsolationProbe(HospitalId owner, String label) {
        super(owner);
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
