package jp.renkei.shell;

import java.sql.SQLTransientConnectionException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import jp.renkei.shared.ui.Notifications;

/**
 * A failure inside a click handler shows a short message in the user's language instead of a stack trace;
 * the details go to the log. Transactions have rolled back by then, so nothing is half-saved.
 */
@Component
class UnexpectedErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandling.class);
    private static final String ACCESS_DENIED = "error.accessDenied.message";
    // A database outage is no bug: the person is told to wait, and that what they typed is still on the screen
    private static final String DATABASE_UNREACHABLE = "error.databaseUnreachable";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        String message = messageFor(cause);
        if (message.equals(ACCESS_DENIED)) {
            log.warn("Access denied: {}", cause.getMessage());
        } else if (message.equals(DATABASE_UNREACHABLE)) {
            log.warn("Database unreachable: {}", cause.getMessage());
        } else {
            log.error("Unexpected error in the UI", cause);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(ui.getTranslation(message)));
        }
    }

    /** The message key for a failure: access denied, the database out of reach (the user waits), or other. */
    static String messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return ACCESS_DENIED;
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) {
                return DATABASE_UNREACHABLE;
            }
        }
        return "error.unexpected";
    }
}
