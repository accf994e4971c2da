package jp.renkei.e2e.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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

    private BookingStep() {
    }

    static Outcome book(VaadinUi ui, String patientId, String patientName) throws IOException, InterruptedException {
        List<StateTree.Node> times = ui.tree.subtree(ui.tree.node(ui.node("day-times"))).stream()
                .filter(n -> "vaadin-button".equals(n.tag)).toList();
        if (times.isEmpty()) {
            return Outcome.NO_FREE_TIME;
        }
        StateTree.Node time = times.get(ThreadLocalRandom.current().nextInt(times.size()));
        var change = VaadinUi.JSON.createObjectNode();
        var rpc = new java.util.ArrayList<>(ui.typed(ui.node("booking-patient-id"), patientId, "change", change));
        rpc.addAll(ui.typed(ui.node("booking-patient-name"), patientName, "change", change));
        rpc.add(ui.click(time.id));
        ui.send(rpc);
        ui.send(ui.click(ui.node("confirm-booking")));
        if (ui.has("booking-facts")) {
            return Outcome.BOOKED;
        }
        if (ui.lastBody.contains(JUST_TAKEN)) {
            return Outcome.JUST_TAKEN;
        }
        throw new LoadError("booking neither done nor refused as taken");
    }
}
