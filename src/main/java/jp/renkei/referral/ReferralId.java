package jp.renkei.referral;

import java.io.Serializable;

/** Identifies a referral; shown to people as R-000123. */
public record ReferralId(long value) implements Serializable {

    public ReferralId {
        if (value <= 0) {
            throw new IllegalArgumentException("ReferralId must be positive: " + value);
        }
    }

    public String display() {
        return String.format("R-%06d", value);
    }
}
