package jp.renkei.expertpanel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalOwnedEntity;

/** An expert panel of one hospital: its name, the tumours it reviews and whether that hospital sequences itself. */
@Entity
@Table(name = "expert_panel")
class ExpertPanel extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "tumour_category", nullable = false)
    private TumourCategory tumourCategory;

    @Column(name = "in_house_sequencing", nullable = false)
    private boolean inHouseSequencing;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Copied to each meeting scheduled; a coordinator may change it there. */
    @Column(name = "default_case_capacity", nullable = false)
    private int defaultCaseCapacity = CaseCapacity.DEFAULT;

    @Version
    private long version;

    protected ExpertPanel() {
    }

    ExpertPanel(HospitalId hospital, String name, TumourCategory category, boolean inHouseSequencing, Instant now) {
        super(hospital);
        this.name = name;
        this.tumourCategory = category;
        this.inHouseSequencing = inHouseSequencing;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    TumourCategory tumourCategory() {
        return tumourCategory;
    }

    boolean inHouseSequencing() {
        return inHouseSequencing;
    }

    int defaultCaseCapacity() {
        return defaultCaseCapacity;
    }

    void changeDefaultCaseCapacity(int capacity) {
        this.defaultCaseCapacity = CaseCapacity.require(capacity);
    }
}
