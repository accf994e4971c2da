package jp.renkei.referral;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/** A file attached to a referral; visible to its two hospitals only, like the referral itself. */
@Entity
@Table(name = "referral_attachment")
class ReferralAttachment extends SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by_name", nullable = false)
    private String uploadedByName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected ReferralAttachment() {
    }

    ReferralAttachment(HospitalId referring, HospitalId receiving, ReferralId referral, String fileName,
            String contentType, String sha256, byte[] content, String uploadedBy, Instant now) {
        super(referring, receiving);
        this.referralId = referral.value();
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedByName = uploadedBy;
        this.uploadedAt = now;
    }

    AttachmentInfo toInfo() {
        return new AttachmentInfo(id, fileName, contentType, sizeBytes, sha256, uploadedAt, uploadedByName);
    }

    AttachmentDownload toDownload() {
        return new AttachmentDownload(fileName, contentType, content);
    }

    /** The referral the file belongs to: downloads are audited under it, so they count as the patient's. */
    ReferralId referral() {
        return new ReferralId(referralId);
    }
}
