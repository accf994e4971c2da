package jp.renkei.tenancy;

import java.time.LocalDate;

/** A partnership seen from one side: the hospital on the other side and since when. */
public record PartnerLink(HospitalSummary hospital, LocalDate since) {
}
