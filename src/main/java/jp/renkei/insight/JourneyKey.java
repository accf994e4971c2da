package jp.renkei.insight;

/**
 * How an event names the journey it belongs to: by its referral when it has one (every workflow's event carries the
 * referral id), otherwise by the panel case or the C-CAT test it is about.
 */
record JourneyKey(String column, long id) {

    static JourneyKey of(Long referralId, FactColumn fallback, long fallbackId) {
        return referralId != null ? new JourneyKey("referral_id", referralId) : new JourneyKey(fallback.sql(), fallbackId);
    }

    static JourneyKey referral(long referralId) {
        return new JourneyKey("referral_id", referralId);
    }
}
