package jp.renkei.tenancy;

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

import jp.renkei.shared.HospitalId;

/** A tenant. Network-level data, so not tenant-filtered itself. */
@Entity
@Table(name = "hospital")
class Hospital {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HospitalTier tier;

    @Column(name = "panel_capable")
    private boolean panelCapable;

    @Column(name = "prefecture_code", nullable = false)
    private String prefectureCode;

    @Column(name = "address_ja")
    private String addressJa;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Hospital() {
    }

    Hospital(HospitalForm form, Instant now) {
        this.createdAt = now;
        apply(form);
    }

    void apply(HospitalForm form) {
        this.code = form.code();
        this.nameJa = form.nameJa().strip();
        this.nameEn = form.nameEn().strip();
        this.tier = form.tier();
        // Core and designated hospitals run panels by definition; liaison hospitals only when approved.
        this.panelCapable = form.tier().receivesReferrals() || form.panelCapable();
        this.prefectureCode = form.prefectureCode();
        this.addressJa = form.addressJa() == null || form.addressJa().isBlank() ? null : form.addressJa().strip();
    }

    HospitalTier tier() {
        return tier;
    }

    HospitalSummary toSummary() {
        return new HospitalSummary(HospitalId.of(id), code, nameJa, nameEn, tier, panelCapable, prefectureCode,
                addressJa);
    }
}
