package jp.renkei.tenancy.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

import jp.renkei.tenancy.NetworkRoster;

/** "Roster (PDF)" link; the PDF is rendered when clicked, in the user's language. */
@SpringComponent
@UIScope
class RosterDownload extends Anchor {

    RosterDownload(NetworkRoster roster) {
        setId("roster-download");
        Locale locale = getLocale();
        setHref(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = roster.renderPdf(locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "renkei-hospital-roster.pdf",
                    "application/pdf", pdf.length);
        }));
        getElement().setAttribute("download", true);
        Button button = new Button(getTranslation("roster.download"), VaadinIcon.FILE_TEXT_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(button);
    }
}
