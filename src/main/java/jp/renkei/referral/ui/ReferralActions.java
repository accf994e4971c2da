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
import jp.renkei.referral.ReferralAction;

/** The steps the viewer's side may take now; each asks for what it needs and reports back. */
class ReferralActions extends Composite<HorizontalLayout> {

    /** Runs a step against the service and hands back the referral as it now is. */
    interface Step extends BiFunction<String, LocalDate, ReferralDetails> {
    }

    private final ReferralService referrals;
    private final StepRunner runner;
    private final java.time.Clock clock;

    interface StepRunner {
        /** Runs the step and tells the person how it went; false when it was refused (the dialog stays open). */
        boolean run(Step step, String successKey);
    }

    ReferralActions(ReferralService referrals, java.time.Clock clock, StepRunner runner) {
        this.referrals = referrals;
        this.clock = clock;
        this.runner = runner;
        getContent().setId("referral-actions");
    }

    /** One button per step the aggregate says the viewer's side may take now, in its order. */
    void show(ReferralDetails r) {
        getContent().removeAll();
        for (ReferralAction action : r.myNextSteps()) {
            button(r, action);
        }
    }

    private void button(ReferralDetails r, ReferralAction action) {
        switch (action) {
            case EDIT -> {
                if (!r.mayTake(ReferralAction.SUBMIT)) {
                    edit(r, "referral.action.edit", false);
                }
            }
            case SUBMIT -> edit(r, "referral.action.editAndSend", true);
            case ANSWER -> add("action-answer", "referral.action.answer", "referral.step.answer", true, true,
                    (text, date) -> referrals.answerAndResubmit(r.id(), r.version(), text, r.eligibilityJustification()),
                    "referral.done.answered");
            case WITHDRAW -> add("action-withdraw", "referral.action.withdraw", "referral.step.reason", true,
                    false, (text, date) -> referrals.withdraw(r.id(), r.version(), text), "referral.done.withdrawn");
            case ACCEPT -> add("action-accept", "referral.action.accept", "referral.step.note", false, true,
                    (text, date) -> referrals.accept(r.id(), r.version(), text), "referral.done.accepted");
            case RETURN_FOR_INFORMATION -> add("action-return", "referral.action.return", "referral.step.question",
                    true, false, (text, date) -> referrals.returnForInformation(r.id(), r.version(), text),
                    "referral.done.returned");
            case DECLINE -> add("action-decline", "referral.action.decline", "referral.step.reason", true, false,
                    (text, date) -> referrals.decline(r.id(), r.version(), text), "referral.done.declined");
            case SCHEDULE -> schedule(r);
            case ORDER_TEST -> add("action-order", "referral.action.orderTest", "referral.step.testName", true,
                    false, (text, date) -> referrals.orderTest(r.id(), r.version(), text), "referral.done.ordered");
            case RETURN_RESULTS -> add("action-results", "referral.action.returnResults", "referral.step.note",
                    false, true, (text, date) -> referrals.returnResults(r.id(), r.version(), text),
                    "referral.done.resultsReturned");
            case CLOSE -> add("action-close", "referral.action.close", "referral.step.note", false,
                    r.status() == ReferralStatus.RESULTS_RETURNED,
                    (text, date) -> referrals.close(r.id(), r.version(), text), "referral.done.closed");
        }
    }

    private void edit(ReferralDetails r, String titleKey, boolean primary) {
        Button edit = new Button(getTranslation(titleKey),
                e -> getUI().ifPresent(ui -> ui.navigate("referrals/" + r.id().value() + "/edit")));
        edit.setId("action-edit");
        if (primary) {
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        getContent().add(edit);
    }

    private void schedule(ReferralDetails r) {
        Button button = new Button(getTranslation("referral.action.schedule"),
                e -> new ScheduleDialog(r.visit(), clock, (visit, note) -> runner.run(
                        (t, d) -> referrals.schedule(r.id(), r.version(), visit, note), "referral.done.scheduled"))
                        .open());
        button.setId("action-schedule");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(button);
    }

    private void add(String id, String titleKey, String textKey, boolean required, boolean primary, Step step,
            String successKey) {
        Button button = new Button(getTranslation(titleKey),
                e -> new StepDialog(titleKey, textKey, required,
                        (text, date) -> runner.run((t, d) -> step.apply(text, date), successKey)).open());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        getContent().add(button);
    }
}
