package jp.renkei.expertpanel.ui;

import java.time.Instant;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jp.renkei.expertpanel.MeetingKind;
import jp.renkei.shared.JapanTime;

/** Schedules a real-time meeting (with its video link) or an asynchronous review round (its date). */
class MeetingForm extends Composite<HorizontalLayout> {

    interface Scheduler {
        void schedule(MeetingKind kind, Instant startsAt, String videoUrl);
    }

    final Select<MeetingKind> kind = new Select<>();
    final DateTimePicker when = new DateTimePicker();
    final TextField videoUrl = new TextField();
    final Button schedule = new Button();

    MeetingForm(Scheduler scheduler) {
        kind.setId("meeting-kind");
        kind.setLabel(getTranslation("panel.meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(PanelTexts.kindKey(k)));
        kind.setValue(MeetingKind.REAL_TIME);
        kind.setWidth("17em");
        kind.addValueChangeListener(e -> videoUrl.setVisible(e.getValue() == MeetingKind.REAL_TIME));
        when.setId("meeting-when");
        when.setLabel(getTranslation("panel.meeting.when"));
        when.setStep(java.time.Duration.ofMinutes(15));
        videoUrl.setId("meeting-video");
        videoUrl.setLabel(getTranslation("panel.meeting.videoUrl"));
        videoUrl.setPlaceholder("https://");
        videoUrl.setWidth("22em");
        schedule.setId("meeting-schedule");
        schedule.setText(getTranslation("panel.meeting.schedule"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(e -> scheduler.schedule(kind.getValue(),
                when.getValue() == null ? null : when.getValue().atZone(JapanTime.ZONE).toInstant(),
                videoUrl.getValue()));
        HorizontalLayout layout = getContent();
        layout.add(kind, when, videoUrl, schedule);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
    }

    void clear() {
        when.clear();
        videoUrl.clear();
    }
}
