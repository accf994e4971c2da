package jp.renkei.ccat.consent;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Each scope's latest decision at one instant; a scope without one has never been asked (or not yet recorded). */
public record ConsentState(Instant asOf, Map<ConsentScope, ConsentEvent> latest) {

    public ConsentState {
        Objects.requireNonNull(asOf, "asOf");
        latest = latest.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(latest));
    }

    public Optional<ConsentEvent> latest(ConsentScope scope) {
        return Optional.ofNullable(latest.get(scope));
    }

    public Optional<ConsentDecision> decision(ConsentScope scope) {
        return latest(scope).map(ConsentEvent::decision);
    }
}
