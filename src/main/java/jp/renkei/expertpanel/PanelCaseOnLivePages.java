package jp.renkei.expertpanel;

import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;

/**
 * Open case pages at both hospitals refresh when anyone changes the case. Every change of a case is audited in its
 * own transaction with the case as subject, so the audit event is the one place that hears of them all. Only the
 * actions listed here count: a read must never count, or two open pages would refresh each other for ever (each
 * refresh is an audited read).
 */
@Component
class PanelCaseOnLivePages {

    private static final String SUBJECT_PREFIX = "panel_case:";
    static final Set<String> CHANGES = Set.of("PANEL_CASE_ATTACHMENT_ADDED",
            "PANEL_CASE_CONCLUDED", "PANEL_CASE_EXPLAINED", "PANEL_CASE_REASSIGNED", "PANEL_CASE_RECOMMENDED",
            "PANEL_CASE_VARIANTS_IMPORTED", "PANEL_CASE_VARIANT_ADDED", "PANEL_REPORT_GERMLINE_RECORDED",
            "PANEL_REPORT_ISSUED", "PANEL_REVIEW_ESCALATED", "PANEL_REVIEW_OPENED", "PANEL_REVIEW_RESPONDED");

    private final ApplicationEventPublisher events;

    PanelCaseOnLivePages(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(AuditEvent audited) {
        String subject = audited.subject();
        if (CHANGES.contains(audited.action()) && subject != null && subject.startsWith(SUBJECT_PREFIX)) {
            long caseId = Long.parseLong(subject.substring(SUBJECT_PREFIX.length()));
            events.publishEvent(new LiveChange(LiveTopics.panelCase(caseId), audited.hospital()));
        }
    }
}
