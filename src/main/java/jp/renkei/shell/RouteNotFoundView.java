package jp.renkei.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A path the portal does not have: the portal's own not-found page (replaces Vaadin's route list). */
@ParentLayout(MainLayout.class)
@PermitAll
class RouteNotFoundView extends RefusalPage implements HasErrorParameter<NotFoundException> {

    private final RefusedRequests refused;

    RouteNotFoundView(RefusedRequests refused) {
        super("not-found", "error.notFound.title", "error.notFound.message");
        this.refused = refused;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        refused.record(RefusedRequests.NOT_FOUND, event.getLocation().getPathWithQueryParameters());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
