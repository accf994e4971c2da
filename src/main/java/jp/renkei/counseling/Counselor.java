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

import org.hibernate.annotations.BatchSize;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * A counselor's entry in the network directory: who, where, qualification, languages and when they are
 * available. No patient data, and clinicians of partner hospitals must see it, so it is network-level;
 * {@link AvailabilityService} lets only the counselor change it. One person
 * working at several hospitals has one row per hospital, but one calendar (see {@link PersonCalendar}).
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

    // the booking page reads the hours of every reachable counselor: one query for all of them, not one each
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "counselor_window", joinColumns = @JoinColumn(name = "counselor_id"))
    @OrderColumn(name = "position")
    private List<WindowRow> windows = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
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
        oneOffs.forEach(e -> exceptions.add(new ExceptionRow(e.date(), e.start(), e.end(), e.kind(), e.reason())));
    }

    CounselorProfile toProfile() {
        return new CounselorProfile(id, HospitalId.of(hospitalId), UserId.of(userId), displayName, qualification,
                languages, weekly(), exceptions(), List.of());
    }

    /** With the leave the person entered at their other hospitals, which closes this row too. */
    CounselorProfile toProfile(List<AvailabilityException> leaveEverywhere) {
        List<AvailabilityException> own = exceptions();
        return new CounselorProfile(id, HospitalId.of(hospitalId), UserId.of(userId), displayName, qualification,
                languages, weekly(), own, leaveEverywhere.stream().filter(e -> !own.contains(e)).toList());
    }

    long id() {
        return id;
    }

    UserId user() {
        return UserId.of(userId);
    }

    List<AvailabilityException> exceptions() {
        return exceptions.stream().map(ExceptionRow::toException).toList();
    }

    List<WeeklyWindow> weekly() {
        return windows.stream().map(WindowRow::toWindow).toList();
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
