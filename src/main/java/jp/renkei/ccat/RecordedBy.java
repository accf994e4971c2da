package jp.renkei.ccat;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import jp.renkei.shared.workflow.Actor;

/** Who recorded a fact of a test (a claim, a departure, an item entered in C-CAT) and when; never changed. */
@Embeddable
public record RecordedBy(
        @Column(name = "recorded_by", nullable = false, updatable = false) long userId,
        @Column(name = "recorded_by_name", nullable = false, updatable = false) String name,
        @Column(name = "recorded_at", nullable = false, updatable = false) Instant at) {

    public static RecordedBy of(Actor actor, Instant now) {
        return new RecordedBy(actor.user().value(), actor.name(), now);
    }
}
