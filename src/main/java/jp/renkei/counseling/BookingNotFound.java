package jp.renkei.counseling;

import jp.renkei.shared.workflow.NotFound;

/** No such booking, or one the viewer's hospital is not party to: deliberately the same answer. */
public class BookingNotFound extends NotFound {

    public BookingNotFound(long id) {
        super("counseling booking " + id);
    }
}
