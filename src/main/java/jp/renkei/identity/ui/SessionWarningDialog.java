package jp.renkei.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "You will be signed out in a minute": continue (when that still helps) or let it happen. */
class SessionWarningDialog extends Dialog {

    SessionWarningDialog(boolean canContinue, Runnable continued) {
        setId("session-warning");
        setHeaderTitle(getTranslation("identity.session.warning.title"));
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation(canContinue ? "identity.session.warning.idle"
                : "identity.session.warning.lifetime")));
        if (canContinue) {
            Button keep = new Button(getTranslation("identity.session.warning.continue"), e -> continued.run());
            keep.setId("session-continue");
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(keep);
        } else {
            Button ok = new Button(getTranslation("identity.session.warning.ok"), e -> close());
            getFooter().add(ok);
        }
    }
}
