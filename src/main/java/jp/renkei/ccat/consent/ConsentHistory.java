package jp.renkei.ccat.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.renkei.shared.JapanTime;

/**
 * One patient's consent decisions, in the order they took effect; nothing is ever changed or removed, a new
 * decision is added. Decisions at the same instant take effect in the order they were added. Immutable.
 */
public final class ConsentHistory {

    private static final ConsentHistory EMPTY = new ConsentHistory(List.of());

    private final List<ConsentEvent> events;

    private ConsentHistory(List<ConsentEvent> events) {
        this.events = events;
    }

    public static ConsentHistory empty() {
        return EMPTY;
    }

    /** The history of the given events, recorded in this order. */
    public static ConsentHistory of(List<ConsentEvent> events) {
        ConsentHistory history = EMPTY;
        for (ConsentEvent event : events) {
            history = history.with(event);
        }
        return history;
    }

    /** This history and one more decision, placed by its instant (rows read back need not come in order). */
    public ConsentHistory with(ConsentEvent event) {
        Objects.requireNonNull(event, "event");
        List<ConsentEvent> added = new ArrayList<>(events);
        added.add(event);
        // a stable sort keeps same-instant decisions in the order they were recorded
        added.sort(Comparator.comparing(ConsentEvent::recordedAt));
        return new ConsentHistory(List.copyOf(added));
    }

    public List<ConsentEvent> events() {
        return events;
    }

    /** Each scope's latest decision taken at or before {@code instant}. */
    public ConsentState asOf(Instant instant) {
        Map<ConsentScope, ConsentEvent> latest = new EnumMap<>(ConsentScope.class);
        for (ConsentEvent event : takenBy(instant)) {
            latest.put(event.scope(), event);
        }
        return new ConsentState(instant, latest);
    }

    /**
     * Whether data may be submitted to C-CAT at {@code instant}: registration was granted under a document version
     * in effect that day (Japan time), and neither withdrawn nor refused since. A withdrawal counts from its instant.
     */
    public boolean submissionAllowedAt(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, JapanTime.ZONE);
        boolean granted = false;
        for (ConsentEvent event : takenBy(instant)) {
            if (event.scope() != ConsentScope.C_CAT_REGISTRATION) {
                continue;
            }
            switch (event.decision()) {
                // a grant under a form not yet in effect neither makes nor unmakes a valid consent
                case GRANTED -> granted |= event.document().isEffectiveOn(day);
                case REFUSED, WITHDRAWN -> granted = false;
            }
        }
        return granted;
    }

    private List<ConsentEvent> takenBy(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return events.stream().filter(event -> !event.recordedAt().isAfter(instant)).toList();
    }
}
