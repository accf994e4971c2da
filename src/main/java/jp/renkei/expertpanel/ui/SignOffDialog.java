package jp.renkei.expertpanel.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.renkei.expertpanel.Attendance;
import jp.renkei.expertpanel.CompositionRefused;
import jp.renkei.expertpanel.MeetingDetails;
import jp.renkei.expertpanel.PanelMemberDetails;
import jp.renkei.expertpanel.PanelService;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * Records who took part in one meeting. The verdict for the meeting's date updates as boxes are ticked; signing off
 * is refused (with the same reasons) while the attendance does not meet the requirements.
 */
class SignOffDialog extends Dialog {

    private final PanelService service;
    private final MeetingDetails meeting;
    final CheckboxGroup<PanelMemberDetails> present = new CheckboxGroup<>();
    final Checkbox attending = new Checkbox();
    final Checkbox history = new Checkbox();
    final Checkbox pediatric = new Checkbox();
    final Div verdict = new Div();
    final Button signOff = new Button();

    SignOffDialog(PanelService service, MeetingDetails meeting, List<PanelMemberDetails> members, Runnable onDone) {
        this.service = service;
        this.meeting = meeting;
        setHeaderTitle(getTranslation("panel.signOff.title", PanelTexts.when(meeting.startsAt(),
                jp.renkei.shared.i18n.MessageBundleI18NProvider.supported(getLocale()))));
        present.setId("signoff-present");
        present.setLabel(getTranslation("panel.signOff.present"));
        present.setItems(members);
        present.setItemLabelGenerator(m -> m.name() + "　" + PanelTexts.roles(this, m.roles()));
        present.setValue(Set.copyOf(members));
        attending.setId("signoff-attending");
        attending.setLabel(getTranslation("panel.signOff.attending"));
        history.setId("signoff-history");
        history.setLabel(getTranslation("panel.signOff.history"));
        pediatric.setId("signoff-pediatric");
        pediatric.setLabel(getTranslation("panel.signOff.pediatric"));
        present.addValueChangeListener(e -> showVerdict());
        attending.addValueChangeListener(e -> showVerdict());
        history.addValueChangeListener(e -> showVerdict());
        pediatric.addValueChangeListener(e -> showVerdict());
        signOff.setId("signoff-confirm");
        signOff.setText(getTranslation("panel.signOff.confirm"));
        signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOff.addClickListener(e -> signOff(onDone));
        add(new VerticalLayout(present, attending, history, pediatric, verdict));
        getFooter().add(new Button(getTranslation("panel.cancel"), e -> close()), signOff);
        setWidth("44rem");
        showVerdict();
    }

    private Attendance attendance() {
        return new Attendance(present.getValue().stream().map(PanelMemberDetails::id).collect(Collectors.toSet()),
                attending.getValue(), history.getValue(), pediatric.getValue());
    }

    private void showVerdict() {
        verdict.removeAll();
        verdict.add(PanelTexts.verdict(this, service.judge(meeting.id(), attendance()),
                getTranslation("panel.signOff.verdictHeading")));
    }

    private void signOff(Runnable onDone) {
        try {
            service.signOff(meeting.id(), meeting.version(), attendance());
            Notifications.success(getTranslation("panel.signOff.done"));
            close();
            onDone.run();
        } catch (Refused e) {
            if (e instanceof CompositionRefused refused) {
                verdict.removeAll();
                verdict.add(PanelTexts.verdict(this, refused.verdict(),
                        getTranslation("panel.signOff.verdictHeading")));
            }
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }
}
