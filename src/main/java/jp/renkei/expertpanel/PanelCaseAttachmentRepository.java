package jp.renkei.expertpanel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered on both sides, like the case. */
interface PanelCaseAttachmentRepository extends JpaRepository<PanelCaseAttachment, Long> {

    @Query("""
            select new jp.renkei.expertpanel.CaseAttachment(a.id, a.kind, a.fileName, a.sizeBytes, a.receivedOn,
              a.uploadedBy, a.uploadedAt)
            from PanelCaseAttachment a where a.panelCaseId = :caseId order by a.receivedOn, a.id
            """)
    List<CaseAttachment> listFor(long caseId);

    /** The first day a report of this kind reached the hospital (later uploads are usually corrected copies). */
    @Query("""
            select min(a.receivedOn) from PanelCaseAttachment a where a.panelCaseId = :caseId and a.kind = :kind
            """)
    Optional<LocalDate> firstReceivedOn(long caseId, CaseAttachmentKind kind);
}
