package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;

import jp.renkei.shared.HospitalId;

/**
 * A case for panel review as both hospitals see it: which referral (null for the hospital's own patient), the
 * number people know it by (the referral number, or the hospital's patient ID), from which hospital, to which panel and
 * meeting ({@code null} while none is assigned), the OncoTree code, where it stands and the rule set its
 * conclusion satisfied ({@code null} until concluded).
 */
public record PanelCaseSummary(long id, Long referralId, String caseNumber, HospitalId referringHospital,
        HospitalId panelHospital, Long panelId, String panelName, Long meetingId, Instant meetingStartsAt, String cancerTypeCode,
        Instant acceptedAt, PanelCaseStatus status, Instant escalatedAt, Instant concludedAt,
        String concludedRuleSetId, String concludedRuleSetVersion, Instant reportedAt, LocalDate explainedOn,
        long version) {
}
