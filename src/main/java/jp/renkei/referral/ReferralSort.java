package jp.renkei.referral;

/** The orders a referral list offers; the id breaks ties so paging is stable. */
public enum ReferralSort {
    NEWEST_ACTIVITY("updated_at"),
    SUBMITTED("submitted_at"),
    ACKNOWLEDGEMENT_DUE("ack_due_at"),
    NUMBER("id");

    private final String column;

    ReferralSort(String column) {
        this.column = column;
    }

    /** Orders by a column that is never empty, so a page can be sought after a row's key (keyset paging). */
    boolean seekable() {
        return this == NEWEST_ACTIVITY || this == NUMBER;
    }

    /** The referral table's column this order sorts by. */
    String column() {
        return column;
    }
}
