package jp.renkei.tenancy;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.shared.HospitalId;

/** 連携: a liaison hospital sends referrals and panel cases to a core or designated partner. */
@Entity
@Table(name = "partnership")
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "liaison_hospital_id", nullable = false, updatable = false)
    private Long liaisonHospitalId;

    @Column(name = "partner_hospital_id", nullable = false, updatable = false)
    private Long partnerHospitalId;

    @Column(nullable = false)
    private LocalDate since;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Partnership() {
    }

    Partnership(HospitalId liaison, HospitalId partner, LocalDate since, Instant now) {
        this.liaisonHospitalId = liaison.value();
        this.partnerHospitalId = partner.value();
        this.since = since;
        this.createdAt = now;
    }

    HospitalId liaison() {
        return HospitalId.of(liaisonHospitalId);
    }

    HospitalId partner() {
        return HospitalId.of(partnerHospitalId);
    }

    LocalDate since() {
        return since;
    }
}
