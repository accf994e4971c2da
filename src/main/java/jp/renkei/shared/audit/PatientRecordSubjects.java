package jp.renkei.shared.audit;

import java.util.List;

/**
 * The audit subjects (such as {@code "panel_case:5"}) of one patient's records kept by a module, so the hospital
 * that owns the patient can see who looked at them, the partner hospital's reads included. Each module that keeps
 * records of referred patients contributes one.
 */
public interface PatientRecordSubjects {

    List<String> subjectsOf(PatientOfHospital patient);
}
