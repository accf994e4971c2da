package jp.renkei.counseling;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who can be booked from here: counselors of this hospital and its partners, with their published hours. */
@Service
public class CounselorDirectory {

    private final CounselorSnapshots directory;
    private final ReachableHospitals reachable;

    CounselorDirectory(CounselorSnapshots directory, ReachableHospitals reachable) {
        this.directory = directory;
        this.reachable = reachable;
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<CounselorProfile> bookableCounselors() {
        return directory.current().atHospitals(reachable.fromHere().keySet());
    }

    /** One reachable counselor, with the leave they entered at any of their hospitals. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'GENETIC_COUNSELOR')")
    @Transactional(readOnly = true)
    public CounselorProfile profile(long counselorId) {
        return directory.current().row(counselorId).filter(c -> reachable.fromHere().containsKey(c.hospital()))
                .orElseThrow(() -> new CounselorNotFound(counselorId));
    }
}
