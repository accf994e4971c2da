package jp.renkei.counseling;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.audit.PatientOfHospital;
import jp.renkei.shared.audit.PatientRecordSubjects;

/** A patient's counseling sessions as audit subjects, for the owning hospital's access history of the patient. */
@Component
class BookingPatientRecords implements PatientRecordSubjects {

    private final CounselingBookingRepository bookings;

    BookingPatientRecords(CounselingBookingRepository bookings) {
        this.bookings = bookings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> subjectsOf(PatientOfHospital patient) {
        // "in ()" is not valid SQL: a patient without referrals is matched by the patient ID alone
        List<Long> referrals = patient.referrals().isEmpty() ? List.of(-1L) : patient.referrals();
        return bookings.idsOfPatient(patient.owner().value(), patient.hospitalPatientId(), referrals).stream()
                .map(id -> "counseling:" + id).toList();
    }
}
