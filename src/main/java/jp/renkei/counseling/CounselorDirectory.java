package jp.renkei.counseling;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.HospitalId;

/** Who can be booked from here: counselors of this hospital and its partners, with their published hours. */
@Service
public class CounselorDirectory {

    private final CounselorRepository counselors;
    private final ReachableHospitals reachable;
    private final PersonCalendar calendars;

    CounselorDirectory(CounselorRepository counselors, ReachableHospitals reachable, PersonCalendar calendars) {
        this.counselors = counselors;
        this.reachable = reachable;
        this.calendars = calendars;
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<CounselorProfile> bookableCounselors() {
        return counselors.findAtHospitals(reachable.fromHere().keySet().stream().map(HospitalId::value).toList())
                .stream().map(this::profileOf).toList();
    }

    /** One reachable counselor, with the leave they entered at any of their hospitals. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional(readOnly = true)
    public CounselorProfile profile(long counselorId) {
        Counselor counselor = counselors.findById(counselorId)
                .filter(c -> reachable.fromHere().containsKey(c.hospital()))
                .orElseThrow(() -> new CounselorNotFound(counselorId));
        return profileOf(counselor);
    }

    private CounselorProfile profileOf(Counselor counselor) {
        return counselor.toProfile(calendars.leaveOf(counselor));
    }
}
