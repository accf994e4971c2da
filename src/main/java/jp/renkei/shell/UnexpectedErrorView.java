package jp.renkei.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any other failure while opening a screen: a calm page in the user's language instead of Vaadin's error
 * view (which prints the stack trace in development mode); the details go to the log only.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class UnexpectedErrorView extends RefusalPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    UnexpectedErrorView() {
        super("unexpected-error", "error.unexpectedPage.title", "error.unexpectedPage.message");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open /{}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
