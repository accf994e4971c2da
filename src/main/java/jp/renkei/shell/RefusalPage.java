package jp.renkei.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The calm page shown instead of a screen that cannot be shown: a title, one sentence and the way home. */
abstract class RefusalPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    RefusalPage(String id, String titleKey, String messageKey) {
        this.titleKey = titleKey;
        addClassName("refusal-page");
        H2 title = new H2(getTranslation(titleKey));
        title.setId(id);
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.setId(id + "-message");
        Anchor home = new Anchor("", getTranslation("error.backHome"));
        home.setId("back-home");
        add(title, message, home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
