package jp.renkei.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;

/**
 * user × hospital × role. Read at login before any hospital is chosen, so it is not tenant-filtered;
 * the admin service restricts every read and write to the admin's active hospital instead.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "hospital_id")
    private Long hospitalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(UserAccount user, HospitalId hospital, Role role, Instant now) {
        if (role.isHospitalBound() != (hospital != null)) {
            throw new IllegalArgumentException(role + (hospital == null ? " needs a hospital" : " has no hospital"));
        }
        this.user = user;
        this.hospitalId = hospital == null ? null : hospital.value();
        this.role = role;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public HospitalId getHospital() {
        return hospitalId == null ? null : HospitalId.of(hospitalId);
    }

    public Role getRole() {
        return role;
    }
}
