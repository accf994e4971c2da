package jp.renkei.expertpanel;

import java.util.Set;

import jp.renkei.expertpanel.composition.PanelRole;

/** A member of a panel as screens show them. */
public record PanelMemberDetails(long id, Long userId, String name, Set<PanelRole> roles, String specialty,
        boolean fullTime, boolean pediatricExperience) {

    public PanelMemberDetails {
        roles = Set.copyOf(roles);
    }
}
