package jp.renkei.counseling;

import jp.renkei.shared.workflow.NotFound;

/** No such counselor, or one at a hospital the booker's hospital has no partnership with. */
public class CounselorNotFound extends NotFound {

    public CounselorNotFound(long id) {
        super("counselor " + id);
    }
}
