package jp.renkei.tenancy;

/** The three tiers of the national designation (がんゲノム医療中核拠点病院 / 拠点病院 / 連携病院). */
public enum HospitalTier {
    CORE,
    DESIGNATED,
    LIAISON;

    /** Core and designated hospitals receive referrals and host expert panels for their liaison partners. */
    public boolean receivesReferrals() {
        return this != LIAISON;
    }
}
