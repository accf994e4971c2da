package jp.renkei.expertpanel.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.expertpanel.OwnPatientCaseService;
import jp.renkei.expertpanel.PanelService;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** Cases for expert-panel review that this hospital referred or whose panel reviews them. */
@Route("panels/cases")
@Menu(order = 31, title = "nav.panelCases", icon = "vaadin:clipboard-user")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.HOSPITAL_ADMIN, Role.Names.PANEL_MEMBER,
        Role.Names.LIAISON_CLINICIAN })
class PanelCasesView extends VerticalLayout implements HasDynamicTitle {

    final PanelCasesGrid cases;

    PanelCasesView(PanelService service, OwnPatientCaseService ownCases) {
        setMaxWidth("70rem");
        cases = new PanelCasesGrid(MessageBundleI18NProvider.supported(getLocale()));
        // lazily, page by page: a core hospital collects thousands of cases a year
        cases.setItems(query -> service.cases(query.getOffset(), query.getLimit()).stream());
        add(new Anchor("panels", getTranslation("panel.backToList")), new H2(getTranslation("panel.cases.title")),
                new Paragraph(getTranslation("panel.cases.hint")), cases);
        if (ownCases.canOpen()) {
            addComponentAtIndex(3, new OwnPatientCaseForm(ownCases));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.cases.title") + " | " + getTranslation("app.name");
    }
}
