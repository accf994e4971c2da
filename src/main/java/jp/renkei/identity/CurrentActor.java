package jp.renkei.identity;

import org.springframework.stereotype.Component;

import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.workflow.Actor;

/** The signed-in person acting for the active hospital: the one way services learn who acts. */
@Component
public class CurrentActor {

    private final CurrentUser currentUser;
    private final HospitalContext hospitalContext;

    CurrentActor(CurrentUser currentUser, HospitalContext hospitalContext) {
        this.currentUser = currentUser;
        this.hospitalContext = hospitalContext;
    }

    public Actor require() {
        SignedInUser user = currentUser.require();
        return new Actor(user.id(), user.displayName(), hospitalContext.require());
    }
}
