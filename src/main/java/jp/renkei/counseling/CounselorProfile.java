package jp.renkei.counseling;

import java.util.List;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * A counselor as the directory shows them, with their published availability at this hospital and the leave
 * they entered at their other hospitals ({@code leaveElsewhere}), which closes this hospital's hours too.
 */
public record CounselorProfile(long id, HospitalId hospital, UserId user, String displayName,
        Qualification qualification, String languages, List<WeeklyWindow> weekly,
        List<AvailabilityException> exceptions, List<AvailabilityException> leaveElsewhere) {
}
