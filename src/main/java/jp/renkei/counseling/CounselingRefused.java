package jp.renkei.counseling;

import jp.renkei.shared.workflow.Refused;

/** A counseling step that is not possible; {@link #messageKey()} explains it in the user's language. */
public class CounselingRefused extends Refused {

    public CounselingRefused(String messageKey, String... arguments) {
        super(messageKey, null, arguments);
    }
}
