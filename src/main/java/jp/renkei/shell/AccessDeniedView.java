package jp.renkei.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a screen their role may not use. */
@PermitAll
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        H2 title = new H2(getTranslation("error.accessDenied.title"));
        title.setId("access-denied");
        add(title, new Paragraph(getTranslation("error.accessDenied.message")),
                new Anchor("", getTranslation("error.backHome")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
