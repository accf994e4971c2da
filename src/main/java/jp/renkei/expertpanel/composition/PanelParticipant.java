package jp.renkei.expertpanel.composition;

import java.util.Objects;
import java.util.Set;

/**
 * A person taking part in one review, as the requirements see them.
 *
 * @param specialty              the clinical field, which makes (ア) physicians "of different specialties"
 * @param pediatricPanelExperience counts for (キ) only with it
 * @param attendingOrSubstitute  the case's attending physician or their substitute
 */
public record PanelParticipant(String name, Set<PanelRole> roles, String specialty, boolean fullTime,
        boolean pediatricPanelExperience, boolean attendingOrSubstitute) {

    public PanelParticipant {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    /** The categories this person can count for, given the per-category conditions (full-time, experience). */
    Set<PanelRole> countableRoles() {
        return roles.stream().filter(this::meetsConditionsOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private boolean meetsConditionsOf(PanelRole role) {
        return switch (role) {
            case A -> fullTime && specialty != null && !specialty.isBlank();
            case D -> fullTime;
            case G -> pediatricPanelExperience;
            default -> true;
        };
    }
}
