package jp.renkei.shared.live;

import java.util.LinkedHashSet;
import java.util.Set;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

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

    /**
     * New notices of one hospital for one role (also those for some people of that role). Per role, not per
     * hospital: a booking's notice to the counselors must not make every coordinator's bell read its count again.
     */
    public static String notices(HospitalId hospital, Role role) {
        return "notices:" + hospital.value() + ":" + role.name();
    }

    /** One person's read marks at one hospital: their bells in other tabs and on other nodes. */
    public static String readMarks(HospitalId hospital, UserId person) {
        return "notices:" + hospital.value() + ":user:" + person.value();
    }

    /** What one person's unread count follows: notices for any of their roles there, and their own read marks. */
    public static Set<String> noticesFor(HospitalId hospital, Set<Role> roles, UserId person) {
        Set<String> topics = new LinkedHashSet<>();
        roles.forEach(role -> topics.add(notices(hospital, role)));
        topics.add(readMarks(hospital, person));
        return topics;
    }
}
