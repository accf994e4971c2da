package jp.renkei.ccat.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import jp.renkei.ccat.billing.BillingItem;
import jp.renkei.ccat.billing.BillingStatus;
import jp.renkei.ccat.billing.BillingVerdict;
import jp.renkei.ccat.claims.BillingListCsv;
import jp.renkei.ccat.claims.BillingService;
import jp.renkei.ccat.claims.DepartureKind;
import jp.renkei.ccat.claims.ItemBilling;
import jp.renkei.ccat.claims.TestBilling;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * A test's billing on its page (/ccat/tests/{id}), for the testing hospital: each item claimable, claimed, at risk or
 * not yet, why, by which rule version and source; the billing office marks an item claimed, or records the patient's
 * transfer or death. Hidden for the referring hospital, which does not bill the test.
 */
public class BillingSection extends Composite<VerticalLayout> implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final BillingService billing;
    private final BillingListCsv texts;
    private final Clock clock;
    private long testId;
    final VerticalLayout items = new VerticalLayout();
    final Button recordDeparture = new Button();
    final Paragraph departure = new Paragraph();

    BillingSection(BillingService billing, BillingListCsv texts, Clock clock) {
        this.billing = billing;
        this.texts = texts;
        this.clock = clock;
        items.setPadding(false);
        recordDeparture.setText(getTranslation("ccat.billing.section.recordDeparture"));
        recordDeparture.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recordDeparture.addClickListener(e -> openDeparture());
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("ccat.billing.section.title")), items, departure, recordDeparture);
    }

    /**
     * Built by the application's instantiator, so the test page adds it in one line:
     * {@code add(BillingSection.create())}.
     */
    public static BillingSection create() {
        return Instantiator.get(UI.getCurrent()).createComponent(BillingSection.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("id").orElse(0L));
    }

    void show(long id) {
        testId = id;
        Optional<TestBilling> shown = billing.forTest(id);
        setVisible(shown.isPresent());
        shown.ifPresent(this::show);
    }

    private void show(TestBilling shown) {
        Locale locale = getLocale();
        items.removeAll();
        for (ItemBilling item : shown.items()) {
            BillingVerdict verdict = item.verdict();
            HorizontalLayout head = new HorizontalLayout(new Span(getTranslation(verdict.item().messageKey())),
                    BillingBadges.status(verdict.status(), this), new Span(getTranslation("ccat.billing.section.points",
                            String.format(locale, "%,d", verdict.points()))));
            head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            if (shown.mayRecord() && verdict.status() == BillingStatus.CLAIMABLE) {
                Button claim = new Button(getTranslation("ccat.billing.section.claim"), e -> openClaim(verdict));
                claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
                head.add(claim);
            }
            Div reason = new Div(texts.reason(verdict, locale));
            VerticalLayout block = new VerticalLayout(head, reason);
            block.setPadding(false);
            block.setSpacing(false);
            if (item.claimedOn() != null) {
                block.add(new Div(getTranslation("ccat.billing.section.claimedBy", DAY.format(item.claimedOn()),
                        item.claimedBy())));
            }
            if (verdict.source() != null) {
                Div source = new Div(verdict.unconfirmed()
                        ? getTranslation("ccat.billing.section.unconfirmed", verdict.rule().unconfirmed())
                        : getTranslation("ccat.billing.section.source", verdict.source()));
                source.getStyle().set("font-size", "var(--lumo-font-size-s)")
                        .set("color", "var(--lumo-secondary-text-color)");
                block.add(source);
            }
            items.add(block);
        }
        departure.setVisible(shown.departure() != null);
        departure.setText(shown.departure() == null ? "" : getTranslation("ccat.billing.section.departed",
                getTranslation(shown.departure().messageKey()), DAY.format(shown.departedOn())));
        recordDeparture.setVisible(shown.mayRecord() && shown.departure() == null);
    }

    private void openClaim(BillingVerdict verdict) {
        Dialog dialog = new Dialog(getTranslation("ccat.billing.section.claim"));
        DatePicker claimedOn = datePicker("ccat.billing.section.claimedOn");
        IntegerField points = new IntegerField(getTranslation("ccat.billing.section.companionPoints"));
        points.setMin(1);
        points.setMax(verdict.points());
        points.setVisible(verdict.item() == BillingItem.D004_2);
        Button save = new Button(getTranslation("action.save"), e -> act(dialog, () -> billing.recordClaim(testId,
                verdict.item(), claimedOn.getValue(), points.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation(verdict.item().messageKey())), new FormLayout(claimedOn, points));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openDeparture() {
        Dialog dialog = new Dialog(getTranslation("ccat.billing.section.recordDeparture"));
        Select<DepartureKind> kind = new Select<>();
        kind.setLabel(getTranslation("ccat.billing.section.departureKind"));
        kind.setItems(DepartureKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        DatePicker on = datePicker("ccat.billing.section.departedOn");
        Button save = new Button(getTranslation("action.save"), e -> act(dialog,
                () -> billing.recordDeparture(testId, kind.getValue(), on.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, on));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(getTranslation(label));
        DateFields.localize(picker);
        picker.setValue(LocalDate.now(clock.withZone(JapanTime.ZONE)));
        return picker;
    }

    private void act(Dialog dialog, Supplier<TestBilling> step) {
        try {
            show(step.get());
            dialog.close();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }
}
