package jp.renkei.shared.ui;

import jp.renkei.shared.workflow.NotFound;

/**
 * Thrown by a detail view whose record is missing or belongs to another hospital, when its service reports
 * that in its own way: the shell then shows its not-found page inside the main layout (the same page for both
 * cases) and audits the request. In {@code beforeEnter}:
 * {@code throw new RecordNotFound(event.getLocation().getPath());}
 * A service exception that extends {@link NotFound} needs no translation: left uncaught, it lands there too.
 */
public class RecordNotFound extends NotFound {

    public RecordNotFound(String path) {
        super(path);
    }
}
