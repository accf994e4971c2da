package jp.renkei.referral;

import org.springframework.data.domain.Sort;

/** The orders a referral list offers; the id breaks ties so paging is stable. */
public enum ReferralSort {
    NEWEST_ACTIVITY("updatedAt"),
    SUBMITTED("submittedAt"),
    ACKNOWLEDGEMENT_DUE("acknowledgementDueAt"),
    NUMBER("id");

    private final String property;

    ReferralSort(String property) {
        this.property = property;
    }

    /** Orders by a column that is never empty, so a page can be sought after a row's key (keyset paging). */
    boolean seekable() {
        return this == NEWEST_ACTIVITY || this == NUMBER;
    }

    Sort sort(boolean ascending) {
        Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        return property.equals("id") ? Sort.by(direction, "id") : Sort.by(new Sort.Order(direction, property),
                new Sort.Order(direction, "id"));
    }
}
