package jp.renkei.referral;

public enum Sex {
    MALE,
    FEMALE,
    OTHER
}
