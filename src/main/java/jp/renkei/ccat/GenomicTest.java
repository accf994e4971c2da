package jp.renkei.ccat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * A genomic test of one patient: shared by the referring hospital (origin), whose liaison clinician follows their
 * patient's test, and the testing hospital (partner), whose coordinator tracks it. At most one per referral and
 * one per panel case (unique keys).
 */
@Entity
@Table(name = "ccat_test")
class GenomicTest extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Column(name = "panel_case_id")
    private Long panelCaseId;

    /** The patient as this hospital knows them, for a test without a referral; null for a referred patient. */
    @Column(name = "own_patient_id", updatable = false)
    private String ownPatientId;

    @Column(name = "own_patient_name", updatable = false)
    private String ownPatientName;

    @Column(name = "ordered_test_name", nullable = false, updatable = false)
    private String orderedTestName;

    /** Null until the ordered name is matched to the catalogue or a coordinator chooses the test. */
    @Column(name = "catalogue_test_id")
    private String catalogueTestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sample_type")
    private SampleType sampleType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TestPurpose purpose = TestPurpose.PROFILING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TestCoverage coverage = TestCoverage.INSURED;

    @Column(name = "ordered_on", nullable = false, updatable = false)
    private LocalDate orderedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected GenomicTest() {
    }

    /** {@code catalogueTest} may be null: the ordered name matched no catalogue test, one is to be chosen. */
    GenomicTest(HospitalId referring, HospitalId testing, Long referralId, String orderedTestName,
            CatalogueTest catalogueTest, LocalDate orderedOn, Instant now) {
        super(referring, testing);
        this.referralId = referralId;
        this.orderedTestName = Objects.requireNonNull(orderedTestName, "orderedTestName");
        this.orderedOn = Objects.requireNonNull(orderedOn, "orderedOn");
        this.createdAt = now;
        if (catalogueTest != null) {
            this.catalogueTestId = catalogueTest.id();
            this.sampleType = catalogueTest.sampleType();
        }
    }

    /** A test of the hospital's own patient: the hospital is on both sides, the test names the patient. */
    static GenomicTest forOwnPatient(HospitalId hospital, String patientId, String patientName,
            CatalogueTest catalogueTest, LocalDate orderedOn, Instant now) {
        GenomicTest test = new GenomicTest(hospital, hospital, null, catalogueTest.name(), catalogueTest, orderedOn,
                now);
        test.ownPatientId = Objects.requireNonNull(patientId, "patientId");
        test.ownPatientName = Objects.requireNonNull(patientName, "patientName");
        return test;
    }

    /** The coordinator sets what was ordered, on what sample, why and how it is paid for. */
    void describe(CatalogueTest catalogueTest, SampleType sampleType, TestPurpose purpose, TestCoverage coverage) {
        this.catalogueTestId = catalogueTest == null ? null : catalogueTest.id();
        this.sampleType = sampleType;
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.coverage = Objects.requireNonNull(coverage, "coverage");
    }

    void linkPanelCase(long caseId) {
        this.panelCaseId = caseId;
    }

    Long id() {
        return id;
    }

    Long referralId() {
        return referralId;
    }

    Long panelCaseId() {
        return panelCaseId;
    }

    String ownPatientId() {
        return ownPatientId;
    }

    String ownPatientName() {
        return ownPatientName;
    }

    String orderedTestName() {
        return orderedTestName;
    }

    String catalogueTestId() {
        return catalogueTestId;
    }

    SampleType sampleType() {
        return sampleType;
    }

    TestPurpose purpose() {
        return purpose;
    }

    TestCoverage coverage() {
        return coverage;
    }

    LocalDate orderedOn() {
        return orderedOn;
    }

    long version() {
        return version;
    }

    HospitalId referringHospital() {
        return originHospitalId();
    }

    HospitalId testingHospital() {
        return partnerHospitalId();
    }
}
