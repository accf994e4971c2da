package jp.renkei.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import jp.renkei.shared.ui.Notifications;

/**
 * A failure inside a click handler shows a short message in the user's language instead of a stack trace;
 * the details go to the log. Transactions have rolled back by then, so nothing is half-saved.
 */
@Component
class UnexpectedErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        boolean denied = causedByAccessDenied(cause);
        if (denied) {
            log.warn("Access denied: {}", cause.getMessage());
        } else {
            log.error("Unexpected error in the UI", cause);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(ui.getTranslation(denied ? "error.accessDenied.message"
                    : "error.unexpected")));
        }
    }

    private static boolean causedByAccessDenied(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
