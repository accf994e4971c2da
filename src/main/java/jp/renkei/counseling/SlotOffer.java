package jp.renkei.counseling;

import jp.renkei.tenancy.HospitalSummary;

/** A free slot of a counselor, as offered to the person booking. */
public record SlotOffer(CounselorProfile counselor, HospitalSummary hospital, TimeRange slot) {
}
