package jp.renkei.expertpanel;

import java.util.Objects;
import java.util.Set;

import jp.renkei.expertpanel.composition.PanelRole;

/**
 * A person to put on a panel. {@code userId} links them to their account at the hospital when they have one;
 * the name is typed in because a coordinator cannot browse the hospital's staff (identity offers that to admins).
 *
 * @param specialty the clinical field; what makes (ア) physicians "of different specialties"
 */
public record NewPanelMember(Long userId, String name, Set<PanelRole> roles, String specialty, boolean fullTime,
        boolean pediatricExperience) {

    public NewPanelMember {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        Objects.requireNonNull(name, "name");
    }
}
