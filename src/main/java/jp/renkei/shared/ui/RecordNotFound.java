package jp.renkei.shared.ui;

import jp.renkei.shared.NotFoundRefusal;

/**
 * Thrown by a detail view whose record is missing or belongs to another hospital: the shell then shows its
 * not-found page inside the main layout (the same page for both cases) and audits the request.
 * In {@code beforeEnter}: {@code throw new RecordNotFound(event.getLocation().getPath());}
 */
public class RecordNotFound extends NotFoundRefusal {

    public RecordNotFound(String path) {
        super(path);
    }
}
