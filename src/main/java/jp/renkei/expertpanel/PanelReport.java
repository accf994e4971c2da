package jp.renkei.expertpanel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;

/**
 * The panel report as issued: the PDF bytes and their SHA-256 are fixed at issue, so the document the referring
 * clinician explained from is the one anyone downloads later, whatever is edited in the case afterwards. Shared by the
 * case's two hospitals. The only later entry is whether a secondary finding was confirmed by germline testing.
 */
@Entity
@Table(name = "panel_report")
class PanelReport extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_case_id", nullable = false, updatable = false)
    private Long panelCaseId;

    @Lob
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "secondary_finding", nullable = false, updatable = false)
    private boolean secondaryFinding;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by_user_id", nullable = false, updatable = false)
    private Long issuedByUserId;

    @Column(name = "issued_by_name", nullable = false, updatable = false)
    private String issuedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "germline_testing")
    private GermlineTesting germlineTesting;

    @Version
    private long version;

    protected PanelReport() {
    }

    PanelReport(PanelCase panelCase, byte[] pdf, boolean secondaryFinding, Actor issuer, Instant now) {
        super(panelCase.originHospitalId(), panelCase.partnerHospitalId());
        this.panelCaseId = panelCase.id();
        this.pdf = pdf.clone();
        this.sha256 = sha256(pdf);
        this.secondaryFinding = secondaryFinding;
        this.issuedAt = now;
        this.issuedByUserId = issuer.user().value();
        this.issuedByName = issuer.name();
        this.germlineTesting = secondaryFinding ? GermlineTesting.NOT_YET : null;
    }

    /** Only asked of a report with a secondary finding: there is nothing to confirm otherwise. */
    void recordGermlineTesting(GermlineTesting testing) {
        if (!secondaryFinding || testing == null) {
            throw new Refused("panel.report.error.germline", "report " + id + " secondary finding " + secondaryFinding);
        }
        this.germlineTesting = testing;
    }

    /** The bytes as issued; a stored copy that no longer matches its checksum is never handed out. */
    byte[] pdf() {
        if (!sha256(pdf).equals(sha256)) {
            throw new IllegalStateException("panel report " + id + " does not match its checksum");
        }
        return pdf.clone();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    long panelCaseId() {
        return panelCaseId;
    }

    String sha256() {
        return sha256;
    }

    boolean secondaryFinding() {
        return secondaryFinding;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    String issuedByName() {
        return issuedByName;
    }

    GermlineTesting germlineTesting() {
        return germlineTesting;
    }
}
