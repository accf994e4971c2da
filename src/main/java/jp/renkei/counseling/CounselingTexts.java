package jp.renkei.counseling;

import java.util.List;

import jp.renkei.shared.text.FreeText;

/** Free text the counseling services store, checked whatever the browser limited (see {@link FreeText}). */
final class CounselingTexts {

    /** Reasons and notes: the history's note column and the outcome note. */
    static final int NOTE = 2000;
    private static final int PATIENT_ID = 30;
    private static final int PATIENT_NAME = 100;
    private static final int LEAVE_REASON = 200;
    private static final int LANGUAGES = 100;

    private CounselingTexts() {
    }

    static String note(String text) {
        return FreeText.lines("input.field.note", text, NOTE);
    }

    static String reason(String text) {
        return FreeText.lines("input.field.reason", text, NOTE);
    }

    static String patientId(String text) {
        return FreeText.name("input.field.patientId", text, PATIENT_ID);
    }

    static String patientName(String text) {
        return FreeText.name("input.field.nameKanji", text, PATIENT_NAME);
    }

    static String languages(String text) {
        return FreeText.line("input.field.languages", text, LANGUAGES);
    }

    static List<AvailabilityException> leave(List<AvailabilityException> exceptions) {
        return exceptions.stream().map(e -> new AvailabilityException(e.date(), e.start(), e.end(), e.kind(),
                FreeText.line("input.field.leaveReason", e.reason(), LEAVE_REASON))).toList();
    }
}
