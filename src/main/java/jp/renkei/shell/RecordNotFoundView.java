package jp.renkei.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import jp.renkei.shared.workflow.NotFound;

/**
 * A record that is missing or belongs to another hospital ({@link NotFound}, thrown while opening a screen):
 * word for word the page of an unknown path, so an id reveals nothing about other hospitals' records.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class RecordNotFoundView extends RefusalPage implements HasErrorParameter<NotFound> {

    private final RefusedRequests refused;

    RecordNotFoundView(RefusedRequests refused) {
        super("not-found", "error.notFound.title", "error.notFound.message");
        this.refused = refused;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFound> parameter) {
        refused.record(RefusedRequests.NOT_FOUND, event.getLocation().getPathWithQueryParameters());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
