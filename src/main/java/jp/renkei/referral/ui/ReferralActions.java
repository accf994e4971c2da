package jp.renkei.referral.ui;

import java.time.LocalDate;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.RequestedService;

/** The steps the viewer's side may take now; each asks for what it needs and reports back. */
class ReferralActions extends Composite<HorizontalLayout> {

    /** Runs a step against the service and hands back the referral as it now is. */
    interface Step extends BiFunction<String, LocalDate, ReferralDetails> {
    }

    private final ReferralService referrals;
    private final StepRunner runner;

    interface StepRunner {
        void run(Step step, String successKey);
    }

    ReferralActions(ReferralService referrals, StepRunner runner) {
        this.referrals = referrals;
        this.runner = runner;
        getContent().setId("referral-actions");
    }

    void show(ReferralDetails r) {
        getContent().removeAll();
        if (r.viewerIsReferrer()) {
            referrerActions(r);
        } else {
            receiverActions(r);
        }
    }

    private void referrerActions(ReferralDetails r) {
        if (r.status().editableByReferrer()) {
            Button edit = new Button(getTranslation(r.status() == ReferralStatus.DRAFT ? "referral.action.editAndSend"
                    : "referral.action.edit"), e -> getUI().ifPresent(ui -> ui.navigate("referrals/" + r.id().value() + "/edit")));
            edit.setId("action-edit");
            if (r.status() == ReferralStatus.DRAFT) {
                edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            getContent().add(edit);
        }
        if (r.status() == ReferralStatus.RETURNED) {
            add("action-answer", "referral.action.answer", "referral.step.answer", true, false, true,
                    (text, date) -> referrals.answerAndResubmit(r.id(), r.version(), text, r.eligibilityJustification()),
                    "referral.done.answered");
        }
        if (r.status() == ReferralStatus.DRAFT || r.status() == ReferralStatus.SUBMITTED
                || r.status() == ReferralStatus.RETURNED) {
            add("action-withdraw", "referral.action.withdraw", "referral.step.reason", true, false, false,
                    (text, date) -> referrals.withdraw(r.id(), r.version(), text), "referral.done.withdrawn");
        }
    }

    private void receiverActions(ReferralDetails r) {
        switch (r.status()) {
            case SUBMITTED -> {
                add("action-accept", "referral.action.accept", "referral.step.note", false, false, true,
                        (text, date) -> referrals.accept(r.id(), r.version(), text), "referral.done.accepted");
                add("action-return", "referral.action.return", "referral.step.question", true, false, false,
                        (text, date) -> referrals.returnForInformation(r.id(), r.version(), text), "referral.done.returned");
                add("action-decline", "referral.action.decline", "referral.step.reason", true, false, false,
                        (text, date) -> referrals.decline(r.id(), r.version(), text), "referral.done.declined");
            }
            case ACCEPTED, SCHEDULED -> {
                add("action-schedule", "referral.action.schedule", "referral.step.note", false, true, true,
                        (text, date) -> referrals.schedule(r.id(), r.version(), date, text), "referral.done.scheduled");
                if (r.content().services().contains(RequestedService.CGP_TEST)) {
                    add("action-order", "referral.action.orderTest", "referral.step.testName", true, false, false,
                            (text, date) -> referrals.orderTest(r.id(), r.version(), text), "referral.done.ordered");
                } else {
                    add("action-close", "referral.action.close", "referral.step.note", false, false, false,
                            (text, date) -> referrals.close(r.id(), r.version(), text), "referral.done.closed");
                }
            }
            case TEST_ORDERED -> add("action-results", "referral.action.returnResults", "referral.step.note", false,
                    false, true, (text, date) -> referrals.returnResults(r.id(), r.version(), text),
                    "referral.done.resultsReturned");
            case RESULTS_RETURNED -> add("action-close", "referral.action.close", "referral.step.note", false, false,
                    true, (text, date) -> referrals.close(r.id(), r.version(), text), "referral.done.closed");
            default -> {
                // finished: nothing left to do
            }
        }
    }

    private void add(String id, String titleKey, String textKey, boolean required, boolean withDate, boolean primary,
            Step step, String successKey) {
        Button button = new Button(getTranslation(titleKey),
                e -> new StepDialog(titleKey, textKey, required, withDate,
                        (text, date) -> runner.run((t, d) -> step.apply(text, date), successKey)).open());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        getContent().add(button);
    }
}
