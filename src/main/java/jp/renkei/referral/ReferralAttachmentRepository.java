package jp.renkei.referral;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralAttachmentRepository extends JpaRepository<ReferralAttachment, Long> {

    /** Descriptions only: the bytes stay in the database until someone downloads them. */
    @Query("""
            select new jp.renkei.referral.AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256,
                   a.uploadedAt, a.uploadedByName)
            from ReferralAttachment a where a.referralId = :referralId order by a.id
            """)
    List<AttachmentInfo> describe(Long referralId);
}
