package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import jp.renkei.referral.attachment.InspectedFile;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * A report attached to a panel case, stored in the database. Shared like the case, so no third hospital can list
 * or download it. Lists read a projection ({@link CaseAttachment}); the content is loaded for a download only.
 */
@Entity
@Table(name = "panel_case_attachment")
class PanelCaseAttachment extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_case_id", nullable = false, updatable = false)
    private long panelCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseAttachmentKind kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "mime_type", nullable = false, updatable = false)
    private String mimeType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected PanelCaseAttachment() {
    }

    PanelCaseAttachment(PanelCase panelCase, CaseAttachmentKind kind, InspectedFile file, byte[] content,
            LocalDate receivedOn, String uploadedBy, Instant now) {
        super(panelCase.originHospitalId(), panelCase.partnerHospitalId());
        this.panelCaseId = panelCase.id();
        this.kind = kind;
        this.fileName = file.fileName();
        this.mimeType = file.mimeType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256Hex();
        this.content = content.clone();
        this.receivedOn = receivedOn;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    long id() {
        return id;
    }

    long panelCaseId() {
        return panelCaseId;
    }

    CaseAttachmentKind kind() {
        return kind;
    }

    CaseAttachment details() {
        return new CaseAttachment(id, kind, fileName, sizeBytes, receivedOn, uploadedBy, uploadedAt);
    }

    CaseAttachmentFile file() {
        return new CaseAttachmentFile(fileName, mimeType, content.clone());
    }
}
