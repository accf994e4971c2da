package jp.renkei.referral;

/** What the test would run on. */
public enum SpecimenType {
    FFPE_TISSUE,
    BLOOD
}
