package jp.renkei.counseling;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;

/** The signed-in person as a booking sees them: the actor and the roles they hold at the active hospital. */
@Component
class Viewers {

    private final CurrentActor currentActor;
    private final CurrentUser currentUser;

    Viewers(CurrentActor currentActor, CurrentUser currentUser) {
        this.currentActor = currentActor;
        this.currentUser = currentUser;
    }

    BookingViewer current() {
        return new BookingViewer(currentActor.require(), currentUser.require().activeRoles());
    }
}
