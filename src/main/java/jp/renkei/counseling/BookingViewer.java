package jp.renkei.counseling;

import java.util.Set;

import jp.renkei.shared.Role;
import jp.renkei.shared.workflow.Actor;

/** The person looking at or acting on a booking: who, for which hospital, with which roles there. */
public record BookingViewer(Actor actor, Set<Role> roles) {

    public BookingViewer {
        roles = Set.copyOf(roles);
    }

    boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
