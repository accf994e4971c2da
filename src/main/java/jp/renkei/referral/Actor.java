package jp.renkei.referral;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/** The person acting on a referral, and for which hospital. */
public record Actor(UserId user, String name, HospitalId hospital) {
}
