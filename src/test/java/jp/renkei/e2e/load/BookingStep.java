package jp.renkei.e2e.load;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The booking on the counseling page, kept apart because the slot picker may change: the patient typed in, one of
 * the chosen day's times clicked (the confirmation dialog opens), "book" clicked. Booked (the booking's page
 * opens), or the time was just taken by someone else (the page says so and shows the new free times), or there is
 * no free time at all: all three are what the application should do.
 */
final class BookingStep {

    enum Outcome { BOOKED, JUST_TAKEN, NO_FREE_TIME }

    /** The notice of {@code counseling.error.slotTaken}. */
    private static final String JUST_TAKEN = "この枠は直前に別の予約が入りました";

    /** The times are plain buttons drawn into {@code #day-times} ({@code counseling.ui.TimeList}), numbered from 0. */
    private static final Pattern TIME_BUTTON = Pattern.compile("<button[^>]* data-slot=\"\\d+\"");

    /** What the browser sends with a click on the list: the clicked button's number ({@code ButtonsClicked}). */
    private static final String CLICKED_TIME = "event.target.closest('button[data-slot]')?.dataset.slot ?? ''";

    /** A notification's text as a response sets it: the {@code text} property of {@code vaadin-notification}. */
    private static final Pattern NOTIFICATION_TEXT = Pattern.compile(
            "\"key\":\"text\",\"feat\":\\d+,\"value\":\"([^\"]{1,300})\"");

    private BookingStep() {
    }

    static Outcome book(VaadinUi ui, String patientId, String patientName) throws IOException, InterruptedException {
        int list = ui.node("day-times");
        JsonNode html = ui.tree.node(list).properties.get("innerHTML");
        long times = html == null ? 0 : TIME_BUTTON.matcher(html.asString()).results().count();
        if (times == 0) {
            return Outcome.NO_FREE_TIME;
        }
        var change = VaadinUi.JSON.createObjectNode();
        var rpc = new java.util.ArrayList<>(ui.typed(ui.node("booking-patient-id"), patientId, "change", change));
        rpc.addAll(ui.typed(ui.node("booking-patient-name"), patientName, "change", change));
        rpc.add(ui.event(list, "click", VaadinUi.JSON.createObjectNode().put(CLICKED_TIME,
                String.valueOf(ThreadLocalRandom.current().nextInt((int) times)))));
        ui.send(rpc);
        int dialog = ui.node("booking-confirmation");
        ui.send(ui.click(ui.node("confirm-booking")));
        Outcome outcome = outcome(ui);
        // What the browser sends when the dialog's closing animation has ended: its "closed" DOM event, on which the
        // server drops the dialog it added to the UI (vaadin-flow-components' OverlayAutoAddController). Without it
        // every booking left its dialog, and through the dialog's listeners the whole booking page, in the UI: 2,005
        // counseling pages for 551 UIs (performance.md, run 8), a leak of this client, not of the portal.
        ui.send(ui.event(dialog, "closed", VaadinUi.JSON.createObjectNode()));
        return outcome;
    }

    private static Outcome outcome(VaadinUi ui) {
        if (ui.has("booking-facts")) {
            return Outcome.BOOKED;
        }
        if (ui.lastBody.contains(JUST_TAKEN)) {
            return Outcome.JUST_TAKEN;
        }
        throw new LoadError("booking neither done nor refused as taken; the page said: " + said(ui.lastBody));
    }

    /** The notification text of the answer, if any: what the person was told instead (a refusal, an error). */
    private static String said(String body) {
        Matcher text = NOTIFICATION_TEXT.matcher(body);
        return text.find() ? text.group(1) : body.substring(0, Math.min(300, body.length()));
    }

}
