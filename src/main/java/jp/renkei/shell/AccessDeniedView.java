package jp.renkei.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a screen their role may not use; the request is audited. */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    private final RefusedRequests refused;

    AccessDeniedView(RefusedRequests refused) {
        super("access-denied", "error.accessDenied.title", "error.accessDenied.message");
        this.refused = refused;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        refused.record(RefusedRequests.ACCESS_DENIED, event.getLocation().getPathWithQueryParameters());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
