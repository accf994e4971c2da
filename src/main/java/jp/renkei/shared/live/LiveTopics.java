package jp.renkei.shared.live;

import jp.renkei.shared.HospitalId;

/** The names of live-update topics, in one place so publisher and subscriber cannot drift apart. */
public final class LiveTopics {

    static final int MAX_LENGTH = 100;

    private LiveTopics() {
    }

    /** One referral: its state, timeline and files, seen by both hospitals. */
    public static String referral(long referralId) {
        return "referral:" + referralId;
    }

    /** One counseling booking, seen by the booking hospital and the counselor's hospital. */
    public static String booking(long bookingId) {
        return "booking:" + bookingId;
    }

    /** One expert-panel case: its variants, review round, assignment, files and report, seen by both hospitals. */
    public static String panelCase(long caseId) {
        return "panel-case:" + caseId;
    }

    /** The notices of one hospital: new ones and read marks (the bell's count). */
    public static String notices(HospitalId hospital) {
        return "notices:" + hospital.value();
    }
}
