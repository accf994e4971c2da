package jp.renkei.expertpanel;

import java.time.Instant;

import jp.renkei.shared.HospitalId;

/**
 * A case for panel review as both hospitals see it: which referral, from which hospital, to which panel and
 * meeting ({@code null} while none is assigned), the OncoTree code.
 */
public record PanelCaseSummary(long id, long referralId, HospitalId referringHospital, HospitalId panelHospital,
        Long panelId, String panelName, Long meetingId, Instant meetingStartsAt, String cancerTypeCode,
        Instant acceptedAt) {
}
