package jp.renkei.counseling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * A counselor's entry in the network directory: who, where, qualification, languages and when they are
 * available. No patient data, and clinicians of partner hospitals must see it, so it is network-level;
 * {@link CounselingService} lets only the counselor change it.
 */
@Entity
@Table(name = "counselor")
class Counselor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hospital_id", nullable = false, updatable = false)
    private Long hospitalId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Qualification qualification;

    @Column(nullable = false)
    private String languages;

    @ElementCollection
    @CollectionTable(name = "counselor_window", joinColumns = @JoinColumn(name = "counselor_id"))
    @OrderColumn(name = "position")
    private List<WindowRow> windows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "counselor_exception", joinColumns = @JoinColumn(name = "counselor_id"))
    @OrderColumn(name = "position")
    private List<ExceptionRow> exceptions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Counselor() {
    }

    Counselor(HospitalId hospital, UserId user, String displayName, String email, Instant now) {
        this.hospitalId = hospital.value();
        this.userId = user.value();
        this.displayName = displayName;
        this.email = email;
        this.qualification = Qualification.CERTIFIED_GENETIC_COUNSELOR;
        this.languages = "ja";
        this.createdAt = now;
    }

    void describe(Qualification qualification, String languages) {
        this.qualification = qualification;
        this.languages = languages == null || languages.isBlank() ? "ja" : languages.strip();
    }

    void publish(List<WeeklyWindow> weekly, List<AvailabilityException> oneOffs) {
        windows.clear();
        weekly.forEach(w -> windows.add(new WindowRow(w.day(), w.start(), w.end())));
        exceptions.clear();
        oneOffs.forEach(e -> exceptions.add(new ExceptionRow(e.date(), e.start(), e.end(), e.kind())));
    }

    CounselorProfile toProfile() {
        return new CounselorProfile(id, HospitalId.of(hospitalId), UserId.of(userId), displayName, qualification,
                languages, windows.stream().map(WindowRow::toWindow).toList(),
                exceptions.stream().map(ExceptionRow::toException).toList());
    }

    long id() {
        return id;
    }

    HospitalId hospital() {
        return HospitalId.of(hospitalId);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }
}
